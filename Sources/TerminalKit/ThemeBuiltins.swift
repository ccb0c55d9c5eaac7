/// Themes compiled into the binary so the app starts even without its
/// Themes directory. Each must equal its file in `Themes/` (a test checks):
/// edit the file and this together.
extension Theme {
    /// Equal to `Themes/default.toml`.
    public static let builtinDefault = Theme(
        name: "default",
        roles: [
            .base: Style(),
            .tabActive: Style(fg: .ansi(0), bg: .ansi(6), attrs: [.bold]),
            .tabInactive: Style(fg: .ansi(7), bg: .ansi(4)),
            .header: Style(fg: .ansi(15), bg: .ansi(4), attrs: [.bold]),
            .hint: Style(fg: .ansi(0), bg: .ansi(6)),
            .hintKey: Style(fg: .ansi(15), bg: .ansi(0), attrs: [.bold]),
            .message: Style(fg: .ansi(10)),
            .messageError: Style(fg: .ansi(15), bg: .ansi(1), attrs: [.bold]),
            .selection: Style(fg: .ansi(15), bg: .indexed(238)),
            .selectionFocus: Style(fg: .ansi(0), bg: .ansi(6), attrs: [.bold]),
            .border: Style(fg: .indexed(244)),
            .title: Style(fg: .ansi(14), attrs: [.bold]),
            .dim: Style(fg: .indexed(244)),
            .tableHeader: Style(fg: .ansi(0), bg: .ansi(2), attrs: [.bold]),
            .fieldLabel: Style(fg: .ansi(6)),
            .fieldInput: Style(fg: .ansi(15), bg: .indexed(238)),
            .fieldError: Style(fg: .ansi(9), attrs: [.bold]),
            .dialog: Style(bg: .indexed(235)),
            .gridFree: Style(fg: .ansi(2)),
            .gridBooked: Style(fg: .ansi(15), bg: .indexed(124)),
            .gridRequested: Style(fg: .ansi(0), bg: .ansi(3)),
            .gridClosed: Style(fg: .indexed(240)),
            .gridHoliday: Style(fg: .ansi(5)),
            .gridCursor: Style(fg: .ansi(0), bg: .ansi(15), attrs: [.bold]),
            .inboxUnread: Style(fg: .ansi(15), attrs: [.bold]),
            .inboxOverdue: Style(fg: .ansi(9)),
            .inboxFlagged: Style(fg: .ansi(11), attrs: [.bold]),
            .calendarToday: Style(fg: .ansi(0), bg: .ansi(11), attrs: [.bold]),
            .calendarHoliday: Style(fg: .ansi(9), attrs: [.bold]),
            .calendarWeekend: Style(fg: .ansi(1)),
            .matchStrong: Style(fg: .ansi(10), attrs: [.bold]),
            .matchWeak: Style(fg: .ansi(3)),
            .warning: Style(fg: .ansi(11), attrs: [.bold]),
            .success: Style(fg: .ansi(10), attrs: [.bold]),
        ]
    )

    /// Equal to `Themes/mono.toml`: attributes only, for terminals without
    /// colours and for NO_COLOR.
    public static let mono = Theme(
        name: "mono",
        roles: [
            .base: Style(),
            .tabActive: Style(attrs: [.reverse, .bold]),
            .tabInactive: Style(attrs: [.underline]),
            .header: Style(attrs: [.bold]),
            .hint: Style(attrs: [.reverse]),
            .hintKey: Style(attrs: [.bold]),
            .message: Style(attrs: [.bold]),
            .messageError: Style(attrs: [.bold, .reverse]),
            .selection: Style(attrs: [.underline]),
            .selectionFocus: Style(attrs: [.reverse]),
            .border: Style(),
            .title: Style(attrs: [.bold]),
            .dim: Style(attrs: [.dim]),
            .tableHeader: Style(attrs: [.bold, .underline]),
            .fieldLabel: Style(),
            .fieldInput: Style(attrs: [.underline]),
            .fieldError: Style(attrs: [.bold]),
            .dialog: Style(),
            .gridFree: Style(),
            .gridBooked: Style(attrs: [.reverse]),
            .gridRequested: Style(attrs: [.underline]),
            .gridClosed: Style(attrs: [.dim]),
            .gridHoliday: Style(attrs: [.bold]),
            .gridCursor: Style(attrs: [.reverse, .bold, .underline]),
            .inboxUnread: Style(attrs: [.bold]),
            .inboxOverdue: Style(attrs: [.underline]),
            .inboxFlagged: Style(attrs: [.bold, .underline]),
            .calendarToday: Style(attrs: [.underline, .italic]),
            .calendarHoliday: Style(attrs: [.bold]),
            .calendarWeekend: Style(attrs: [.dim]),
            .matchStrong: Style(attrs: [.bold]),
            .matchWeak: Style(attrs: [.underline]),
            .warning: Style(attrs: [.bold]),
            .success: Style(attrs: [.bold]),
        ]
    )
}
