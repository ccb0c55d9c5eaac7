import TerminalKit
@testable import DugnadApp

/// A screen's style roles, one character per cell, so a snapshot can fail on
/// what colour or emphasis a cell has — a selection that moved, a booked cell
/// drawn as free — and not only on its text. The screen is drawn with a probe
/// theme in which every role has a colour of its own; each cell's colour then
/// names its role. A cell that also has reverse video added by the view (the
/// text cursor, the scrollbar's thumb) is marked by the role's letter in upper
/// case (`#` for the roles written as digits or signs, which are never
/// reversed by a view). The legend is in Snapshots/README.md.
enum StyleGrid {
    static let letters: [ThemeRole: Character] = [
        .base: ".", .tabActive: "t", .tabInactive: "u", .header: "h", .hint: "i", .hintKey: "k", .message: "m",
        .messageError: "e", .selection: "s", .selectionFocus: "f", .border: "b", .title: "l", .dim: "d",
        .tableHeader: "c", .fieldLabel: "n", .fieldInput: "p", .fieldError: "x", .dialog: "g",
        .gridFree: "v", .gridBooked: "o", .gridRequested: "r", .gridClosed: "q", .gridHoliday: "j", .gridCursor: "z",
        .inboxUnread: "1", .inboxOverdue: "2", .inboxFlagged: "3", .calendarToday: "4", .calendarHoliday: "5",
        .calendarWeekend: "6", .matchStrong: "7", .matchWeak: "8", .warning: "!", .success: "+",
    ]

    private static let roles = ThemeRole.allCases

    /// Every role its own colour, no attributes.
    static let probe = Theme(name: "probe", roles: Dictionary(uniqueKeysWithValues: roles.enumerated().map { i, role in
        (role, Style(fg: .indexed(UInt8(16 + i)), bg: .indexed(UInt8(16 + i))))
    }))

    static func grid(_ model: Model) -> String {
        let buffer = view(model, theme: probe)
        var lines: [String] = []
        for y in 0..<buffer.height {
            var line = ""
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard cell.width != 0 else { continue }   // a wide glyph's second column is its first's
                var letter: Character = "?"
                if case .indexed(let n) = cell.style.fg, n >= 16, Int(n) - 16 < roles.count {
                    letter = letters[roles[Int(n) - 16]] ?? "?"
                }
                if cell.style.attrs.contains(TextAttributes.reverse) {
                    letter = letter.isLetter ? Character(letter.uppercased()) : "#"
                }
                line.append(letter)
                if cell.width == 2 { line.append(letter) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

import Testing

@Suite struct StyleGridTests {
    @Test func everyRoleHasALetterOfItsOwn() {
        let letters = ThemeRole.allCases.map { StyleGrid.letters[$0] }
        #expect(!letters.contains(nil))
        #expect(Set(letters.compactMap { $0 }).count == ThemeRole.allCases.count)
        #expect(!letters.compactMap { $0 }.contains { $0.isUppercase || $0 == "#" }, "upper case and # mark reverse video")
    }

    /// The grid's cursor and a range selection are in the style grid (the text
    /// shows neither), so a selection regression fails a snapshot.
    @Test func theGridSelectionShowsInTheStylesNotInTheText() {
        var m = Fixtures.model(size: Size(width: 120, height: 40), tab: .venues)
        let before = StyleGrid.grid(m)
        Fixtures.press([.char("v"), .right, .right], &m)
        let after = StyleGrid.grid(m)
        #expect(after != before)
        // The cursor is laid over the cells in grid.cursor ("z"): one half-hour cell (two columns) before, three after.
        let selected = { (grid: String) in grid.filter { $0 == "z" }.count }
        #expect(selected(before) == 2 && selected(after) == 6)
    }
}
