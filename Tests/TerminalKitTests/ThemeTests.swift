import Foundation
import Testing
@testable import TerminalKit

/// `Themes/` of the repository, found from this file's path.
let themesDirectory: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Themes").path
}()

func themeFile(_ name: String) throws -> String {
    try String(contentsOfFile: themesDirectory + "/" + name, encoding: .utf8)
}

@Suite struct ThemeTests {
    @Test func builtinDefaultEqualsTheFile() throws {
        let parsed = try Theme.parse(toml: try themeFile("default.toml"), file: "default.toml")
        #expect(parsed == Theme.builtinDefault)
        let mono = try Theme.parse(toml: try themeFile("mono.toml"), file: "mono.toml")
        #expect(mono == Theme.mono)
    }

    @Test func everyThemeFileParsesAndDefinesEveryRole() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themesDirectory)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == ["default.toml", "high-contrast.toml", "light.toml", "mono.toml"])
        for file in files {
            let theme = try Theme.parse(toml: try themeFile(file), file: file)
            #expect(theme.name + ".toml" == file)
            #expect(Set(theme.roles.keys) == Set(ThemeRole.allCases), "\(file)")
        }
    }

    @Test func monoDistinguishesWhatMatters() {
        let m = Theme.mono
        #expect(m.roles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
        let grid: [ThemeRole] = [.gridFree, .gridBooked, .gridRequested, .gridClosed, .gridHoliday, .gridCursor]
        #expect(Set(grid.map { m.style($0).attrs.rawValue }).count == grid.count)
        #expect(m.style(.selection) != m.style(.base))
        #expect(m.style(.selectionFocus) != m.style(.selection))
        #expect(m.style(.tabActive) != m.style(.tabInactive))
    }

    /// Issue 12: without colours the cursor hid on booked cells (both
    /// reverse) and today's agenda heading looked like the selection.
    @Test func monoCursorShowsOnEveryGridCellAndHeadersAreNotReverse() {
        let m = Theme.mono
        let cells: [ThemeRole] = [.gridFree, .gridBooked, .gridRequested, .gridClosed, .gridHoliday]
        for role in cells {
            var b = Buffer(width: 4, height: 1)
            b.put("[And", x: 0, y: 0, style: m.style(role))
            let before = b[1, 0].style
            b.highlight(Rect(x: 0, y: 0, width: 2, height: 1), with: m.style(.gridCursor))
            let cursor = b[1, 0].style
            #expect(cursor != before, "\(role)")
            // Distinct from every kind of cell, not only from its own.
            for other in cells { #expect(cursor != m.style(other), "cursor on \(role) looks like \(other)") }
            #expect(cursor.attrs.isSuperset(of: [.bold, .underline]), "\(role)")
            #expect(b[2, 0].style == before, "only the cursor's cells change")
        }
        for header in [ThemeRole.header, .tableHeader, .calendarToday, .calendarHoliday, .title] {
            #expect(!m.style(header).attrs.contains(.reverse), "\(header) is reverse, like the selection")
            #expect(m.style(header) != m.style(.selectionFocus))
        }
        #expect(m.style(.calendarToday) != m.style(.tableHeader) && m.style(.calendarToday) != m.style(.calendarHoliday))
    }

    @Test func parsesAllForms() throws {
        let toml = """
        name = "test"
        [roles]
        "grid.free" = { fg = "green", bg = "default", attrs = ["bold", "underlined"] }
        [roles."grid.booked"]
        fg = "#ff8000"
        bg = 17
        [roles.calendar.today]
        fg = "bright-yellow"
        attrs = ["reverse"]
        """
        let t = try Theme.parse(toml: toml, file: "test.toml")
        #expect(t.name == "test")
        #expect(t.style(.gridFree) == Style(fg: .ansi(2), attrs: [.bold, .underline]))
        #expect(t.style(.gridBooked) == Style(fg: .rgb(255, 128, 0), bg: .indexed(17)))
        #expect(t.style(.calendarToday) == Style(fg: .ansi(11), attrs: .reverse))
        #expect(t.style(.warning) == t.style(.base))
    }

    @Test func missingRoleFallsBackToBase() throws {
        let t = try Theme.parse(toml: "[roles]\nbase = { fg = \"white\", bg = \"blue\" }\n", file: "x.toml")
        #expect(t.name == "x")
        #expect(t.style(.success) == Style(fg: .ansi(7), bg: .ansi(4)))
    }

    @Test func badColourNamesFileLineAndKey() {
        let toml = """
        name = "broken"

        [roles]
        "base" = {}
        "grid.free" = { fg = "bleu" }
        """
        #expect {
            _ = try Theme.parse(toml: toml, file: "default.toml")
        } throws: { error in
            let e = error as? ThemeError
            return e == ThemeError(file: "default.toml", line: 5, key: "grid.free", message: "unknown colour 'bleu'")
                && e?.description == "default.toml:5: key 'grid.free': unknown colour 'bleu'"
        }
    }

    @Test func semanticErrorsInTableForm() {
        let toml = """
        [roles."grid.free"]
        fg = "green"
        attrs = ["blink"]

        [roles."grid.fre"]
        fg = "red"
        """
        do {
            _ = try Theme.parse(toml: toml, file: "t.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "t.toml")
            #expect(error.key == "grid.free" || error.key == "grid.fre")
            if error.key == "grid.free" {
                #expect(error.line == 3)
                #expect(error.message.contains("blink"))
            } else {
                #expect(error.line == 5)
                #expect(error.message == "unknown role")
            }
        }
        #expect(throws: ThemeError(file: "u.toml", line: 2, key: "grid.fre", message: "unknown role")) {
            try Theme.parse(toml: "[roles]\n\"grid.fre\" = { fg = \"red\" }\n", file: "u.toml")
        }
        #expect(throws: ThemeError(file: "v.toml", line: 3, key: "base", message: "colour index 300 out of range 0-255")) {
            try Theme.parse(toml: "name = \"v\"\n[roles]\n\"base\" = { fg = 300 }\n", file: "v.toml")
        }
    }

    @Test func tomlSyntaxErrorHasALine() {
        do {
            _ = try Theme.parse(toml: "name = \"x\"\n[roles]\n\"base\" = { fg = }\n", file: "s.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "s.toml")
            #expect(error.line == 3)
            #expect(error.key == nil)
            #expect(error.description.hasPrefix("s.toml:3: "))
        }
    }

    @Test func loadByNameAndPath() throws {
        let byName = try loadTheme(nameOrPath: "light", themesDirectories: ["/nonexistent", themesDirectory]).get()
        #expect(byName.name == "light")
        let byPath = try loadTheme(nameOrPath: themesDirectory + "/mono.toml", themesDirectories: []).get()
        #expect(byPath == .mono)
        #expect(try loadTheme(nameOrPath: "default", themesDirectories: []).get() == .builtinDefault)
        guard case .failure(let e) = loadTheme(nameOrPath: "nope", themesDirectories: [themesDirectory]) else {
            Issue.record("expected failure")
            return
        }
        #expect(e.message.contains("not found"))
    }
}
