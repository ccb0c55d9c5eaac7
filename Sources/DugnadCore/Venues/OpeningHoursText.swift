/// Opening hours of one weekday as staff type them: `08-16, 18-22`,
/// `8:30-16`, `0800-1600`, `18-24`; empty, `stengt` or `closed` for a day
/// without opening hours. Times are read with `DateInput.parseTime`.
public enum OpeningHoursText {
    public enum Problem: Error, Sendable, Equatable {
        /// A part that is not `from-to` with two readable times.
        case unreadable(String)
        case endNotAfterStart(String)
        /// `22-02`: opening hours never cross midnight; split them over two days.
        case crossesMidnight(String)
        case overlap
        case offSlotGrid(slotMinutes: Int)
    }

    private static let closedWords: Set<String> = ["stengt", "closed", "-", "–"]

    /// The intervals of one day, sorted, or the first problem found.
    public static func parse(_ raw: String, slotMinutes: Int) -> Result<[OpeningHours.Interval], Problem> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty || closedWords.contains(text.lowercased()) { return .success([]) }
        var intervals: [OpeningHours.Interval] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let part = piece.trimmingWhitespace()
            guard !part.isEmpty else { continue }
            let ends = part.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            guard ends.count == 2, let start = DateInput.parseTime(String(ends[0])),
                  let end = DateInput.parseTime(String(ends[1])), start < .endOfDay else {
                return .failure(.unreadable(part))
            }
            if end < start && end != .midnight { return .failure(.crossesMidnight(part)) }
            // `18-00` means until midnight.
            let realEnd = end == .midnight ? CivilTime.endOfDay : end
            guard start < realEnd else { return .failure(.endNotAfterStart(part)) }
            intervals.append(OpeningHours.Interval(start: start, end: realEnd))
        }
        intervals.sort { $0.start < $1.start }
        if let problem = problem(intervals, slotMinutes: slotMinutes) { return .failure(problem) }
        return .success(intervals)
    }

    /// Checks intervals that are already values (the store's second check).
    public static func problem(_ intervals: [OpeningHours.Interval], slotMinutes: Int) -> Problem? {
        let sorted = intervals.sorted { $0.start < $1.start }
        for interval in sorted where !OpeningHours.isValid(interval) {
            return .endNotAfterStart(format([interval]))
        }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end { return .overlap }
        if slotMinutes > 0, sorted.contains(where: { $0.start.minutes % slotMinutes != 0 || $0.end.minutes % slotMinutes != 0 }) {
            return .offSlotGrid(slotMinutes: slotMinutes)
        }
        return nil
    }

    /// `08-16, 18-22` (whole hours), `08:30-16`; empty for a closed day.
    public static func format(_ intervals: [OpeningHours.Interval]) -> String {
        func time(_ t: CivilTime) -> String { t.minute == 0 ? pad2(t.hour) : t.text }
        return intervals.map { "\(time($0.start))-\(time($0.end))" }.joined(separator: ", ")
    }
}
