import DugnadCore
import Foundation
import Testing
@testable import DugnadStore

/// Enhetsregisteret's download in both layouts, next month's extract, and the encodings people have.
@Suite struct RegisterImportTests {
    let dir = TempDir()

    static let header = ["organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse", "epostadresse",
                         "telefon", "mobil", "forretningsadresse.adresse", "forretningsadresse.postnummer", "forretningsadresse.poststed",
                         "forretningsadresse.kommune", "registrertIFrivillighetsregisteret", "naeringskode1.kode", "slettedato"]

    func file(_ name: String, _ text: String) throws -> TextFileReader {
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir.path(name)))
        return try TextFileReader(path: dir.path(name))
    }

    /// Every field quoted, comma-separated: the register's own download.
    static func quoted(_ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static let konnerud = ["974760673", "KONNERUD IDRETTSLAG", "FLI", "Forening/lag/innretning", "post@kil.no", "", "99887766",
                           "Konnerudgata 1", "3045", "DRAMMEN", "DRAMMEN", "true", "93.120", ""]
    static let kor = ["974760681", "FJELL KOR", "FLI", "Forening/lag/innretning", "", "32000000", "", "Fjellvegen 2", "3030",
                      "DRAMMEN", "DRAMMEN", "false", "94.991", ""]

    @Test func theRegistersDownloadImportsFlagsAndEmailsThenNextMonthUpdates() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        var konnerud = Self.konnerud
        konnerud[0] = "974760673"
        let first = try db.importOrganisations(file: file("a.csv", Self.quoted([konnerud])), dryRun: false)
        #expect(first.created == 1 && first.ignoredColumns == ["organisasjonsform.beskrivelse", "naeringskode1.kode"])
        let kil = try #require(try db.organisations(matching: "konnerud idrettslag", sort: .name, offset: 0, limit: 5).first)
        #expect(kil.inFrivillighetsregisteret && kil.email == "post@kil.no" && kil.phone == "99887766")
        // Staff type a contact; next month's extract has a new e-mail, a new unit, and Konnerud deleted later.
        try db.writeWithoutAudit { try $0.execute(sql: "UPDATE organisation SET contact_name = 'Per' WHERE id = ?", arguments: [kil.id]) }
        konnerud[4] = "ny@kil.no"
        let second = try db.importOrganisations(file: file("b.csv", Self.quoted([konnerud, Self.kor])), dryRun: false)
        #expect(second.created == 1 && second.updated == 1 && second.unchanged == 0)
        let updated = try #require(try db.organisations(matching: "konnerud idrettslag", sort: .name, offset: 0, limit: 5).first)
        #expect(updated.email == "ny@kil.no" && updated.contactName == "Per" && updated.active)
        let same = try db.importOrganisations(file: file("b.csv", Self.quoted([konnerud, Self.kor])), dryRun: false)
        #expect(same.unchanged == 2 && same.created == 0 && same.updated == 0)
        konnerud[13] = "2026-11-30"
        let dry = try db.importOrganisations(file: file("c.csv", Self.quoted([konnerud, Self.kor])), dryRun: true)
        #expect(dry.dryRun && dry.deactivated == 1)
        #expect(try db.organisations(matching: "konnerud idrettslag", sort: .name, offset: 0, limit: 5).first?.active == true)
        let third = try db.importOrganisations(file: file("c.csv", Self.quoted([konnerud, Self.kor])), dryRun: false)
        #expect(third.deactivated == 1 && third.unchanged == 1)
        let gone = try #require(try db.organisations(matching: "konnerud idrettslag", sort: .name, offset: 0, limit: 5).first)
        #expect(!gone.active && gone.contactName == "Per")
    }

    @Test func semicolonUnquotedHeaderWindows1252() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let text = Self.header.joined(separator: ";") + "\r\n" + Self.kor.joined(separator: ";").replacingOccurrences(of: "FJELL KOR", with: "FJELL KOR FOR ELDRE OG YNGRE SØSTRE") + "\r\n"
        var bytes = Array(text.utf8)
        // "Ø" in Windows-1252 is 0xD8.
        let o = Array("Ø".utf8)
        if let i = (0..<bytes.count - 1).first(where: { bytes[$0] == o[0] && bytes[$0 + 1] == o[1] }) { bytes.replaceSubrange(i...i + 1, with: [0xD8]) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir.path("w.csv")))
        let r = try db.importOrganisations(file: TextFileReader(path: dir.path("w.csv")), dryRun: false)
        #expect(r.created == 1 && r.encoding == .windows1252)
        #expect(try db.organisationCount(matching: "yngre søstre") == 1)
    }

    @Test func aDuplicatedColumnIsRefused() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        #expect(throws: StoreError.importFailed([ImportRowError(line: 1, reason: .duplicateColumn(name: "Navn", first: 1, second: 2))])) {
            _ = try db.importOrganisations(file: file("d.csv", "navn;Navn\nA;B\n"), dryRun: false)
        }
    }

    @Test func encodingsAndNonFiles() throws {
        func lines(_ bytes: [UInt8]) throws -> ([String], TextFileReader.Encoding) {
            try Data(bytes).write(to: URL(fileURLWithPath: dir.path("e.txt")))
            var out: [String] = []
            let e = try TextFileReader(path: dir.path("e.txt")).forEachLine { l, _ in out.append(String(l)) }
            return (out, e)
        }
        #expect(try lines(Array("\u{FEFF}blå\r\nx".utf8)) == (["blå", "x"], .utf8BOM))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "søt\nbær".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try lines(utf16) == (["søt", "bær"], .utf16LE))
        #expect(try lines([0x62, 0x6C, 0xE5, 0x0D, 0x78]) == (["blå", "x"], .windows1252))
        #expect(throws: TextFileReader.Failure.mixedEncoding(line: 2, firstLine: 1, first: .utf8)) {
            _ = try lines(Array("blå\n".utf8) + [0x62, 0x6C, 0xE5])
        }
        #expect(throws: TextFileReader.Failure.binary(line: 1)) { _ = try lines([0x61, 0x00, 0x62]) }
        #expect(throws: TextFileReader.Failure.isDirectory) { _ = try TextFileReader(path: dir.url.path) }
        #expect(throws: TextFileReader.Failure.empty) { _ = try TextFileReader(path: "/dev/null") }
        #expect(throws: TextFileReader.Failure.notAFile) { _ = try TextFileReader(path: "/dev/zero") }
    }

    /// The reader takes 64 KiB at a time: CRLF, CR and LF, blank lines and a NUL give the same lines (and line
    /// numbers) wherever a chunk ends among them — the text split in memory is the reference.
    @Test func lineEndsAcrossChunkBoundaries() throws {
        let tail = "\r\r\n\nx\ry\n\r\nz"
        for shift in 0..<8 {
            let text = String(repeating: "a", count: (1 << 16) - 4 + shift) + "\r\n" + String(repeating: "b", count: 70_000) + tail
            var lines: [String] = [], numbers: [Int] = []
            try file("chunks-\(shift).txt", text).forEachLine { l, n in lines.append(String(l)); numbers.append(n) }
            #expect(lines == ICalendarStreamParser.physicalLines(text).map(String.init), "shift \(shift)")
            #expect(numbers == Array(1...lines.count), "shift \(shift)")
        }
        let withNUL = String(repeating: "a", count: (1 << 16) - 1) + "\nbc\u{0}"
        #expect(throws: TextFileReader.Failure.binary(line: 2)) { try file("nul.txt", withNUL).forEachLine { _, _ in } }
    }

    @Test func ourOwnExportReimportsAsNoChange() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let a = Activity(title: "Strikkekafé", organiser: "Fjell frivilligsentral", category: .kultur, audience: .alle, kommunedelID: nil,
                         venueID: nil, start: CivilDateTime(storageText: "2026-11-05 18:00")!, end: CivilDateTime(storageText: "2026-11-05 20:00")!)
        try db.saveActivity(a, rule: RecurrenceRule(pattern: .weekly(weekdays: [4]), end: .count(10)))
        try db.saveActivity(a, rule: nil)
        let x = try db.activitiesForExport(from: CivilDate(iso: "2026-01-01")!, through: CivilDate(iso: "2027-12-31")!, filter: CalendarFilter())
        let text = ActivityICalendarExport.ics(oneOffs: x.oneOffs, series: x.series, overrides: x.overrides, names: x.names,
                                               stamp: CivilDateTime(storageText: "2026-11-26 12:00")!, calendarName: "Dugnad")
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir.path("own.ics")))
        let r = try db.importICalendar(file: TextFileReader(path: dir.path("own.ics")), options: SystemTimeZones.options(around: CivilDate(iso: "2026-11-01")!))
        #expect(r.summary.created == 0 && r.summary.updated == 0 && r.summary.overrides == 0 && r.summary.unchanged == 2)
        #expect(r.problems.isEmpty)
    }
}
