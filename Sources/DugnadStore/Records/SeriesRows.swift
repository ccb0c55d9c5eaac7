import DugnadCore
import GRDB

/// `activity_series` rows ↔ `ActivitySeries`.
enum SeriesRows {
    static func series(_ row: Row, exceptions: Set<CivilDate>) throws -> ActivitySeries {
        let weekdays = (row["weekdays"] as String).split(separator: ",").compactMap { Int($0) }
        let pattern: RecurrenceRule.Pattern
        if row["freq"] as String == "monthly" {
            pattern = .monthly(ordinal: row["month_ordinal"], weekday: weekdays.first ?? 1)
        } else {
            pattern = .weekly(weekdays: weekdays)
        }
        let end: RecurrenceRule.End
        if let until: String = row["until_date"] { end = .until(try StoredForms.date(until)) }
        else if let count: Int = row["occurrence_count"] { end = .count(count) }
        else { end = .never }
        guard let rule = RecurrenceRule(pattern: pattern, interval: row["interval"], end: end) else {
            throw StoreError.sqlite("bad recurrence in activity_series \(row["id"] as Int64)")
        }
        let template = Activity(id: 0, title: row["title"], organiser: row["organiser"],
                                category: try StoredForms.enumValue(ActivityCategory.self, row["category"]),
                                audience: try StoredForms.enumValue(Audience.self, row["audience"]),
                                kommunedelID: row["kommunedel_id"], venueID: row["venue_id"],
                                start: try StoredForms.dateTime(row["first_start"]),
                                end: try StoredForms.dateTime(row["first_end"]),
                                allDay: row["all_day"], free: row["free"], cancelled: row["cancelled"],
                                description: row["description"], seriesID: row["id"], location: row["location"],
                                details: try ActivityDetails(row: row), bookingID: row["booking_id"])
        return ActivitySeries(id: row["id"], uid: row["uid"], template: template, rule: rule, exceptions: exceptions)
    }

    /// Column values for INSERT/UPDATE, in `columns` order.
    static let columns = ["uid", "title", "organiser", "category", "audience", "kommunedel_id", "venue_id", "location",
                          "first_start", "first_end", "all_day", "free", "cancelled", "description", "freq", "interval",
                          "weekdays", "month_ordinal", "until_date", "occurrence_count", "last_date", "booking_id"] + ActivityDetails.columns

    static func values(_ s: ActivitySeries) -> StatementArguments {
        let t = s.template
        let freq: String, weekdays: String, ordinal: Int?
        switch s.rule.pattern {
        case .weekly(let days): freq = "weekly"; weekdays = days.map(String.init).joined(separator: ","); ordinal = nil
        case .monthly(let o, let wd): freq = "monthly"; weekdays = String(wd); ordinal = o
        }
        var until: String?, count: Int?
        switch s.rule.end {
        case .never: break
        case .until(let d): until = d.iso
        case .count(let n): count = n
        }
        let values: [(any DatabaseValueConvertible)?] = [
            s.uid, t.title, t.organiser, t.category.rawValue, t.audience.rawValue, t.kommunedelID, t.venueID, t.location,
            StoredForms.dateTime(t.start), StoredForms.dateTime(t.end), t.allDay, t.free, t.cancelled, t.description,
            freq, s.rule.interval, weekdays, ordinal, until, count, (s.lastDate ?? CivilDate(storedYear: 9999, month: 12, day: 31)!).iso, t.bookingID,
        ] + t.details.values(free: t.free)
        return StatementArguments(values)
    }
}
