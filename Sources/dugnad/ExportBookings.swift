import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad export bookings --format csv [--from --to] [--site]` — every
/// booking of a period (any status) as CSV (RFC 4180, CRLF), for reports and
/// spreadsheets. No phone numbers and no access codes leave this way.
struct ExportBookings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bookings",
        abstract: "Write the bookings of a period as CSV (default: the next 30 days).")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Output format (only csv).") var format: String = "csv"
    @Option(parsing: .unconditional, help: "First day (YYYY-MM-DD, dd.mm.yyyy, +3, -7; default today).") var from: String?
    @Option(parsing: .unconditional, help: "Last day (default 30 days after the first).") var to: String?
    @Option(parsing: .unconditional, help: "Only the venues of this site (its id).") var site: Int64?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    static let header = "booking_id,venue_id,venue,site,date,start,end,status,booker,organisation_id,purpose,"
        + "attendees,public,price_nok,series_id"

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            guard format.lowercased() == "csv" else { throw CLIError.badFormat(format) }
            let today = try Environment.today(nil)
            let (first, last) = try ExportRange.period(from: from, to: to, today: today, language: language,
                                                       defaultLength: 30)
            let database = try options.openReadOnly()
            let rows: [BookingExportRow]
            do throws(StoreError) { rows = try database.bookingsForExport(from: first, through: last, siteID: site) }
            catch { throw CLIError.store(error) }
            let lines = [Self.header] + rows.map(Self.line)
            try ExportRange.write(lines.joined(separator: "\r\n") + "\r\n", to: output)
        }
    }

    static func line(_ row: BookingExportRow) -> String {
        let b = row.booking
        let end = b.end.date == b.start.date ? b.end.time.text : "24:00"
        let price = String(format: "%d.%02d", b.price.ore / 100, b.price.ore % 100)
        return [String(b.id), String(b.venueID), row.venueName, row.siteName ?? "", b.start.date.iso, b.start.time.text, end,
                b.status.rawValue, b.bookerName, b.organisationID.map(String.init) ?? "", b.purpose, String(b.attendees),
                b.isPublic ? "1" : "0", price, b.seriesID.map(String.init) ?? ""].map(csvField).joined(separator: ",")
    }
}

/// One CSV field: quoted when it holds a comma, quote or line break; a
/// leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
/// The file is for people and their spreadsheets, so it carries no control
/// bytes: line breaks inside a field become spaces and every other C0, DEL
/// or C1 control (ESC among them) is dropped.
func csvField(_ value: String) -> String {
    var v = withoutControlCharacters(value)
    if let c = v.first, "=+-@".contains(c) { v = "'" + v }
    guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
    return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// `text` without control characters: CR, LF and tab become a space, the rest are dropped.
func withoutControlCharacters(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else { return text }
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        if s == "\r" || s == "\n" || s == "\t" { scalars.append(" ") }
        else if !(s.value < 0x20 || (0x7F..<0xA0).contains(s.value)) { scalars.append(s) }
    }
    return String(scalars)
}
