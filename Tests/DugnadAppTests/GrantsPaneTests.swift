import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The Grants pane through the real update loop: the filter language on the
/// `/` line (errors shown, the inbox kept), sorting, and the case view.
@Suite struct GrantsPaneTests {
    func grants(_ size: Size = Size(width: 120, height: 40), _ language: Language = .nb) -> Model {
        Fixtures.model(size: size, language: language, tab: .grants)
    }

    func inboxReads(_ commands: [Command]) -> [ListSource] {
        commands.compactMap { if case .loadPage(let r) = $0, case .grantInbox = r.source { r.source } else { nil } }
    }

    @Test func aFilterThatParsesIsReadAndOneThatDoesNotSaysWhy() {
        var m = grants()
        Fixtures.press([.char("/")], &m)
        var reads: [ListSource] = []
        for c in "status:mottatt" { reads += inboxReads(update(&m, .keyPressed(.char(c)))) }
        #expect(reads.last == .grantInbox(filter: "status:mottatt", sort: .received))
        #expect(m.grants.filterError == nil)
        // "status:mottattx" does not parse: nothing is read, the error is in the title line.
        let bad = update(&m, .keyPressed(.char("x")))
        #expect(inboxReads(bad).isEmpty)
        #expect(m.grants.filterError?.problem == .unknownStatus("mottattx") && m.grants.applied == "status:mottatt")
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("Posisjon 8: ukjent status «mottattx»"), "\(screen)")
    }

    @Test func sortCyclesAndRereads() {
        var m = grants()
        let commands = update(&m, .keyPressed(.char("s")))
        #expect(m.grants.sort == .deadline)
        #expect(inboxReads(commands) == [.grantInbox(filter: "", sort: .deadline)])
        #expect(view(m, theme: .builtinDefault).text.contains("sortert etter frist"))
    }

    @Test func fFlagsTheSelectedApplicationAndTheInboxIsReadAgain() {
        var m = grants()
        #expect(update(&m, .keyPressed(.char("F"))) == [.grants(.setFlag(1, true))])
        let after = update(&m, .grants(.flagged(.success(true))))
        #expect(!inboxReads(after).isEmpty)
        _ = update(&m, .grants(.flagged(.failure(.forbidden(role: .frontdesk)))))
        #expect(m.message != nil)
    }

    @Test func enterOpensTheCaseAndEscapeGoesBack() {
        var m = grants()
        Fixtures.press([.down], &m)
        let commands = update(&m, .keyPressed(.enter))
        #expect(commands == [.grants(.loadCase(2))])
        _ = update(&m, .grants(.caseLoaded(2, .success(Fixtures.grantCase))))
        #expect(m.grants.opened?.application.reference == "2026-0398")
        let screen = view(m, theme: .builtinDefault).text
        for part in ["2026-0398 · Fjell Skolekorps", "Åpent for alle: per.olsen 4, kari 2 (satt til side)", "kari: Styremedlem i korpset",
                     "Saksgang", "Tildelt per.olsen."] {
            #expect(screen.contains(part), "missing \(part):\n\(screen)")
        }
        _ = update(&m, .keyPressed(.escape))
        #expect(m.grants.opened == nil)
        // Another terminal's commit re-reads an open case.
        _ = update(&m, .keyPressed(.enter))
        _ = update(&m, .grants(.caseLoaded(2, .success(Fixtures.grantCase))))
        #expect(update(&m, .databaseChanged).contains(.grants(.loadCase(2))))
        // A failed read says so and leaves the inbox.
        _ = update(&m, .grants(.caseLoaded(2, .failure(.notFound))))
        #expect(m.grants.opened == nil && m.message != nil)
    }

    @Test func theCaseAtBothSizesInBothLanguages() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = grants(size, language)
                _ = update(&m, .keyPressed(.down))
                _ = update(&m, .keyPressed(.enter))
                _ = update(&m, .grants(.caseLoaded(2, .success(Fixtures.grantCase))))
                SnapshotTests.check("grants-case-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }
}
