/// The five tabs, in the order of the tab bar and the keys 1–5.
public enum Tab: Int, Sendable, CaseIterable, Equatable {
    case calendar, venues, grants, volunteers, directory
}
