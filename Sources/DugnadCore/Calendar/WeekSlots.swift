/// The week view's time axis: 08:00–22:00 in `count` rows of `minutes`
/// each (30–240, as the height allows); earlier items share the first row,
/// later ones the last. The store counts and picks the first occurrence of
/// each (day, row) by the same rule the view draws with.
public struct WeekSlots: Sendable, Hashable {
    public static let firstMinute = 8 * 60, lastMinute = 22 * 60
    public var minutes: Int
    public var count: Int

    public init(minutes: Int, count: Int) { self.minutes = max(1, minutes); self.count = max(1, count) }

    /// The axis for a week body `height` rows tall (two rows go to the headings and the all-day line).
    public init(height: Int) {
        let rows = max(1, height - 2)
        let span = Self.lastMinute - Self.firstMinute
        let step = [30, 60, 90, 120, 180, 240].first { rows * $0 >= span } ?? 240
        self.init(minutes: step, count: min(rows, (span + step - 1) / step))
    }

    /// The row of a timed occurrence starting at `minuteOfDay`.
    public func row(_ minuteOfDay: Int) -> Int { min(count - 1, max(0, (minuteOfDay - Self.firstMinute) / minutes)) }

    /// The row's first minute (for the axis labels).
    public func label(_ row: Int) -> Int { Self.firstMinute + row * minutes }

    /// The key of one cell of the week: an all-day line or a row of a day.
    public static func cell(day: CivilDate, row: Int?) -> Int { day.dayNumber * 100 + (row ?? 99) }
    public func cell(of a: Activity) -> Int { Self.cell(day: a.start.date, row: a.allDay ? nil : row(a.start.time.minutes)) }
}
