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

    /// A window whose count is made off the loop says so ("2 av 2+") until the count arrives; a count for a
    /// filter the officer has typed past is not taken, and one that arrives after a sort change still is.
    @Test func aCountMadeOffTheLoopReplacesTheLowerBound() throws {
        var m = grants()
        Fixtures.press([.char("/")], &m)
        var reads: [ListRequest] = []
        for c in "korps" {
            reads += update(&m, .keyPressed(.char(c))).compactMap { if case .loadPage(let r) = $0 { r } else { nil } }
        }
        var request = try #require(reads.last)
        #expect(request.source == .grantInbox(filter: "korps", sort: .received))
        request.totalIsLowerBound = true
        _ = update(&m, .pageLoaded(request, total: 2, rows: .grantInbox(Fixtures.inboxLines)))
        #expect(m.grants.inbox.window.counting && m.grants.inbox.window.total == 2)
        #expect(view(m, theme: .builtinDefault).text.contains("1 av 2+"))
        // The count of an earlier text ("korp") belongs to no list shown: nothing changes.
        _ = update(&m, .pageCounted(ListRequest(source: .grantInbox(filter: "korp", sort: .received), offset: 0, limit: 60), total: 900))
        #expect(m.grants.inbox.window.counting && m.grants.inbox.window.total == 2)
        // The count made for this filter in another order still counts the same rows.
        _ = update(&m, .pageCounted(ListRequest(source: .grantInbox(filter: "korps", sort: .amount), offset: 0, limit: 60), total: 240))
        #expect(!m.grants.inbox.window.counting && m.grants.inbox.window.total == 240)
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("1 av 240") && !screen.contains("240+"), "\(screen)")
        // Moving to the end now goes to the counted end.
        _ = update(&m, .keyPressed(.enter))
        _ = update(&m, .keyPressed(.end))
        #expect(m.grants.inbox.window.cursor.selected == 239)
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
