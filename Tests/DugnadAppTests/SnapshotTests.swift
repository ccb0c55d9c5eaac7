import DugnadCore
import Foundation
import Testing
import TerminalKit
@testable import DugnadApp

/// Screens rendered from fixture models and compared, as text, with the
/// committed files in Snapshots/. Re-record with DUGNAD_RECORD=1 swift test.
@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Compares the screen's text with `Snapshots/NAME.txt` and its style roles
    /// (`StyleGrid`) with `Snapshots/NAME.styles.txt`.
    static func check(_ name: String, _ model: Model, sourceFile: String = #filePath) {
        let text = view(model, theme: .builtinDefault).text
        let styles = StyleGrid.grid(model)
        let directory = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = directory.appendingPathComponent(name + ".txt")
        let styleFile = directory.appendingPathComponent(name + ".styles.txt")
        if ProcessInfo.processInfo.environment["DUGNAD_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: file, atomically: true, encoding: .utf8)
            try? styles.write(to: styleFile, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8),
              let expectedStyles = try? String(contentsOf: styleFile, encoding: .utf8) else {
            Issue.record("missing snapshot \(name).txt or \(name).styles.txt — record with DUGNAD_RECORD=1")
            return
        }
        #expect(text == expected, "screen \(name) differs from Snapshots/\(name).txt:\n\(text)")
        #expect(styles == expectedStyles, "styles of \(name) differ from Snapshots/\(name).styles.txt:\n\(styles)")
    }

    @Test(arguments: Tab.allCases)
    func everyTabAtBothSizesInBothLanguages(_ tab: Tab) {
        for size in Self.sizes {
            for language in Language.allCases {
                Self.check("\(tab)-\(size.width)x\(size.height)-\(language.rawValue)",
                           Fixtures.model(size: size, language: language, tab: tab))
            }
        }
    }

    @Test func organisationFormWithAnError() {
        for language in Language.allCases {
            var m = Fixtures.model(size: Size(width: 80, height: 24), language: language)
            Fixtures.press([.char("n")], &m)
            _ = Fixtures.type("Gulskogen Vel", &m)
            Fixtures.press([.tab], &m)
            _ = Fixtures.type("974760674", &m)
            Fixtures.press([.ctrl("s")], &m)
            Self.check("form-org-80x24-\(language.rawValue)", m)
        }
    }

    @Test func helpPaletteAndSearch() {
        var m = Fixtures.model(size: Size(width: 80, height: 24))
        Fixtures.press([.char("?")], &m)
        Self.check("help-80x24-nb", m)
        m = Fixtures.model(size: Size(width: 120, height: 40), language: .en)
        Fixtures.press([.char(":")], &m)
        _ = Fixtures.type("day", &m)
        Self.check("palette-120x40-en", m)
        m = Fixtures.model(size: Size(width: 80, height: 24))
        Fixtures.press([.ctrl("f")], &m)
        _ = Fixtures.type("kon", &m)
        _ = update(&m, .searchCompleted(query: "kon", results: .success([
            SearchResult(kind: .organisation, id: 4, title: "Konnerud IL", subtitle: "Konnerud"),
            SearchResult(kind: .venue, id: 9, title: "Gymsal, Konnerud skole", subtitle: "gymsal · 60"),
        ])))
        Self.check("search-80x24-nb", m)
    }

    @Test func tooSmallTerminalSaysSo() {
        for language in Language.allCases {
            let m = Fixtures.model(size: Size(width: 60, height: 20), language: language)
            Self.check("too-small-60x20-\(language.rawValue)", m)
        }
    }

    @Test func controlCharactersInDataNeverReachTheScreen() {
        var m = Fixtures.model()
        var evil = Fixtures.organisations
        evil[0].name = "Evil\u{1B}[2J\u{07}Club"
        m.directory.organisations.receive(total: evil.count, offset: 0, rows: evil, visible: m.paneLayout.visibleRows)
        let text = view(m, theme: .builtinDefault).text
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
        #expect(text.contains("Evil"))
    }

    @Test func readOnlyUserIsShownAsSuch() {
        let m = Fixtures.model(staff: nil)
        #expect(view(m, theme: .builtinDefault).line(0).contains("kari (kun lesetilgang)"))
    }
}

/// The Venues grid with a selection, the booking form and the legend.
@Suite struct VenueGridSnapshotTests {
    @Test func gridSelectionFormAndLegend() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = Fixtures.model(size: size, language: language, tab: .venues)
                Fixtures.press([.right, .right, .char("v"), .right, .right], &m)
                SnapshotTests.check("venues-grid-selection-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
        for language in Language.allCases {
            var m = Fixtures.model(size: Size(width: 80, height: 24), language: language, tab: .venues)
            m.venues.organisations = [OrganisationChoice(id: 4, name: "Konnerud IL", registered: true)]
            Fixtures.press([.right, .right, .enter], &m)
            let draft = Booking(venueID: 1, start: Fixtures.at(19), end: Fixtures.at(19, 30), bookerName: "", purpose: "", attendees: 0)
            _ = update(&m, .venues(.bookingAssessed(draft, .success(BookingCheck(
                conflicts: [.overCapacity(capacity: 80)], price: Money(ore: 22_500), status: .confirmed)))))
            SnapshotTests.check("venues-booking-form-80x24-\(language.rawValue)", m)
        }
        var m = Fixtures.model(size: Size(width: 120, height: 40), language: .nb, tab: .venues)
        Fixtures.press([.char("?")], &m)
        SnapshotTests.check("venues-legend-120x40-nb", m)
    }
}

/// The approval queue and a series preview in the booking form.
@Suite struct ApprovalAndSeriesSnapshotTests {
    @Test func approvalQueueAndSeriesPreview() {
        for language in Language.allCases {
            var m = Fixtures.model(size: Size(width: 80, height: 24), language: language, tab: .venues)
            _ = update(&m, .keyPressed(.char("A")))
            _ = update(&m, .venues(.requestsLoaded(.success(ApprovalQueueTests.requests))))
            Fixtures.press([.char("j"), .char("-")], &m)
            _ = Fixtures.type("Opptatt", &m)
            SnapshotTests.check("venues-approval-queue-80x24-\(language.rawValue)", m)
        }
        var m = SeriesUpdateTests.formAtRepeat()
        _ = Fixtures.type("to", &m)
        Fixtures.press([.tab, .tab], &m)
        _ = Fixtures.type("4", &m)
        let series = WeeklySeries(firstDate: Fixtures.today, weekdays: [4], count: 4)
        var occurrences = series.bookings(of: SeriesUpdateTests.template).map { SeriesOccurrence(booking: $0, conflicts: [], isHoliday: false) }
        occurrences[2].conflicts = [.overlaps(bookerName: "Fjell kor", start: CivilTime(hour: 18)!, end: CivilTime(hour: 20)!)]
        _ = update(&m, .venues(.seriesAssessed(SeriesUpdateTests.template, series, .holidays, .success(occurrences))))
        SnapshotTests.check("venues-series-preview-120x40-nb", m)
    }
}
