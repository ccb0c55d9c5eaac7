import DugnadCore
import GRDB

/// The calendar reads `activity` rows with this column list and decodes them
/// by position: looking 24 columns up by name cost ~30 µs a row at scale 10,
/// by position it is a few µs.
enum ActivityColumns {
    static let names = ["id", "title", "organiser", "category", "audience", "kommunedel_id", "venue_id", "start", "\"end\"",
                        "all_day", "free", "cancelled", "description", "series_id", "location", "booking_id"]
        + ActivityDetails.columns

    /// `SELECT` list, e.g. `id, title, …`.
    static let select = names.joined(separator: ", ")

    /// Runs `statement` and decodes each row as it comes (a cursor's row reads SQLite's columns directly; `fetchAll`
    /// would copy every value first).
    static func fetch(_ statement: Statement, _ arguments: StatementArguments) throws -> [Activity] {
        try statement.decodeAll(arguments, activity)
    }

    static func activity(_ row: Row) throws -> Activity {
        Activity(id: row[0], title: row[1], organiser: row[2],
                 category: try StoredForms.enumValue(ActivityCategory.self, row[3]),
                 audience: try StoredForms.enumValue(Audience.self, row[4]),
                 kommunedelID: row[5], venueID: row[6],
                 start: try StoredForms.dateTime(row[7] as String), end: try StoredForms.dateTime(row[8] as String),
                 allDay: row[9], free: row[10], cancelled: row[11], description: row[12], seriesID: row[13],
                 location: row[14] ?? "",
                 details: ActivityDetails(signUpRequired: row[16], capacity: row[17], contact: row[18], accessibility: row[19],
                                          languages: StoredForms.tags(row[20] as String),
                                          status: try StoredForms.enumValue(ActivityStatus.self, row[21]),
                                          ageMin: row[22], ageMax: row[23], price: Money(ore: row[24])),
                 bookingID: row[15])
    }
}
