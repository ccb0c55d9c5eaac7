import DugnadCore
import DugnadStore
import Foundation

/// The community activities as iCalendar: one-offs in the range and the
/// series that can occur in it (RRULE + EXDATE), with stable UIDs.
enum ActivityCalendarExport {
    static func ics(database: AppDatabase, from: CivilDate, through: CivilDate, kommunedeler: [String],
                    audiences: [String]) throws -> String {
        var filter = CalendarFilter()
        let districts = try database.kommunedeler()
        for k in kommunedeler {
            guard let d = districts.first(where: { String($0.id) == k || $0.name.lowercased() == k.lowercased() }) else {
                throw CLIError.unknownValue(option: "--kommunedel", value: k)
            }
            filter.kommunedelIDs.insert(d.id)
        }
        for a in audiences {
            guard let audience = Audience(rawValue: a.lowercased()) else { throw CLIError.unknownValue(option: "--audience", value: a) }
            filter.audiences.insert(audience)
        }
        return try ics(database: database, from: from, through: through, filter: filter)
    }

    static func ics(database: AppDatabase, from: CivilDate, through: CivilDate, filter: CalendarFilter) throws -> String {
        let data = try database.activitiesForExport(from: from, through: through, filter: filter)
        return DugnadCore.ActivityICalendarExport.ics(oneOffs: data.oneOffs, series: data.series, overrides: data.overrides, names: data.names,
                                                      stamp: utcNow(), calendarName: "Dugnad – aktiviteter i Drammen")
    }

    /// DTSTAMP: the moment of export in UTC.
    static func utcNow() -> CivilDateTime {
        let seconds = Int(Date().timeIntervalSince1970)
        return CivilDateTime(ordinal: seconds / 60)
    }
}
