/// A named mapping from semantic roles to styles.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var roles: [ThemeRole: Style]

    public init(name: String, roles: [ThemeRole: Style]) {
        self.name = name
        self.roles = roles
    }

    /// The role's style; a role the theme leaves out looks like `base`.
    public func style(_ role: ThemeRole) -> Style {
        roles[role] ?? roles[.base] ?? .plain
    }

    /// Roles that mark "where you are"; without colours they must still stand
    /// out, so `degraded(to: .none)` gives them reverse video.
    static let selectionRoles: Set<ThemeRole> = [.selection, .selectionFocus, .gridCursor, .tabActive]

    /// The theme as the given terminal can show it: rgb → nearest of 256 →
    /// nearest of 16 → nearest of 8. Without colours every colour becomes
    /// `.default`, attributes stay, and selection roles get reverse video.
    public func degraded(to capability: ColorCapability) -> Theme {
        var out = self
        for (role, style) in roles {
            var s = style.degraded(to: capability)
            if capability == .none, Self.selectionRoles.contains(role) {
                s.attrs.insert(.reverse)
            }
            out.roles[role] = s
        }
        if capability == .none {
            for role in Self.selectionRoles where roles[role] == nil {
                out.roles[role] = Style(attrs: .reverse)
            }
        }
        return out
    }
}
