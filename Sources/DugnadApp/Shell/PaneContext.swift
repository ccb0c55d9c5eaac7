import DugnadCore
import TerminalKit

/// What every pane may read but never change: the day, who is signed in and
/// what they may do, the language, the names of references, and where the
/// pane is drawn. The shell builds it from the root model for each call.
public struct PaneContext: Sendable, Equatable {
    public var today: CivilDate
    /// The login user (also when not registered as staff).
    public var user: String
    /// The signed-in staff member; nil means the login user may look but not change.
    public var staff: Staff?
    public var language: Language
    public var lookup: Lookup
    /// The pane's own part of the screen (sidebar, title, table, detail).
    public var paneLayout: PaneLayout

    public init(today: CivilDate, user: String, staff: Staff?, language: Language, lookup: Lookup, paneLayout: PaneLayout) {
        self.today = today; self.user = user; self.staff = staff; self.language = language; self.lookup = lookup
        self.paneLayout = paneLayout
    }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }

    /// Whether the signed-in staff member's role allows `permission`.
    public func allows(_ permission: Permission) -> Bool { Permissions.allows(staff?.role, permission) }
}
