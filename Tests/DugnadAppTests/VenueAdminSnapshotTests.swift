import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The venue form and the closure list, at both sizes in both languages.
@Suite struct VenueAdminSnapshotTests {
    @Test func venueFormWithErrorsByField() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = VenuesUpdateTests.gridModel(size: size, language: language)
                Fixtures.press([.char("E")], &m)
                VenueAdminTests.fill("hours3", "08-16, 15-22", &m)
                VenueAdminTests.fill("hourlyRate", "", &m)
                Fixtures.press([.ctrl("s")], &m)
                SnapshotTests.check("venues-venue-form-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }

    @Test func venueFormScrollsToTheFocusedFieldAt80x24() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("N")], &m)
        VenueAdminTests.fill("equipment", "projektor, kjøkken", &m)
        SnapshotTests.check("venues-venue-form-scrolled-80x24-nb", m)
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("projektor, kjøkken") && screen.contains("▲") && !screen.contains("Nytt lokale ▼"))
    }

    @Test func closureListWithTheHitsOfTheSelectedClosure() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                let m = ClosureListTests.listModel(size: size, language: language)
                SnapshotTests.check("venues-closures-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
        for language in Language.allCases {
            var m = ClosureListTests.listModel(size: Size(width: 80, height: 24), language: language)
            Fixtures.press([.char("n")], &m)
            VenueAdminTests.fill("to", "1.11.2026", &m)
            Fixtures.press([.ctrl("s")], &m)
            SnapshotTests.check("venues-closure-form-80x24-\(language.rawValue)", m)
        }
    }
}
