import DugnadCore

/// The statements that save activity rows and series, built once: an import
/// saves 175,000 rows, and `cachedStatement` prepares each text only once
/// per connection (building and preparing it per row was most of the SQL cost).
enum OneOffSQL {
    static let names = ["title", "organiser", "category", "audience", "kommunedel_id", "venue_id", "start", "\"end\"", "all_day",
                        "free", "cancelled", "description", "location", "series_id", "booking_id"] + ActivityDetails.columns

    static let insert = "INSERT INTO activity (\(names.joined(separator: ", ")), uid) VALUES (\(names.map { _ in "?" }.joined(separator: ",")),?)"

    /// An edit from the form does not carry the booking link: the stored one is kept.
    static let update = "UPDATE activity SET "
        + names.map { $0 == "booking_id" ? "booking_id = coalesce(?, booking_id)" : "\($0) = ?" }.joined(separator: ", ")
        + " WHERE id = ?"

    static let insertSeries = "INSERT INTO activity_series (\(SeriesRows.columns.joined(separator: ","))) VALUES ("
        + SeriesRows.columns.map { _ in "?" }.joined(separator: ",") + ")"

    static let insertException = "INSERT INTO activity_series_exception (series_id, on_date) VALUES (?, ?)"
}
