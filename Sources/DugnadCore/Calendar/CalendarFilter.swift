/// The Calendar pane's filter: every part that is set must match.
/// ("seniorer in Fjell/Danvik this week" = audiences [seniorer], kommunedeler [Fjell/Danvik].)
public struct CalendarFilter: Sendable, Hashable {
    public enum Price: String, Sendable, Hashable, CaseIterable { case any, free, paid }

    public var kommunedelIDs: Set<RowID> = []
    public var audiences: Set<Audience> = []
    public var categories: Set<ActivityCategory> = []
    /// Part of the organiser's name.
    public var organiser: String = ""
    public var price: Price = .any
    /// Part of the title, organiser, description or place (the `/` search).
    public var text: String = ""

    public init(kommunedelIDs: Set<RowID> = [], audiences: Set<Audience> = [], categories: Set<ActivityCategory> = [],
                organiser: String = "", price: Price = .any, text: String = "") {
        self.kommunedelIDs = kommunedelIDs; self.audiences = audiences; self.categories = categories
        self.organiser = organiser; self.price = price; self.text = text
    }

    public var isEmpty: Bool { self == CalendarFilter() }

    /// `matches` with the text parts folded once, for filtering many occurrences.
    public func matcher() -> @Sendable (Activity) -> Bool {
        let org = Self.fold(organiser), needle = Self.fold(text)
        var copy = self
        copy.organiser = ""
        copy.text = ""
        let plain = copy
        return { a in
            guard plain.matches(a) else { return false }
            if !org.isEmpty && !Self.fold(a.organiser).contains(org) { return false }
            if !needle.isEmpty && ![a.title, a.organiser, a.description, a.location].contains(where: { Self.fold($0).contains(needle) }) {
                return false
            }
            return true
        }
    }

    public func matches(_ a: Activity) -> Bool {
        if !kommunedelIDs.isEmpty && !(a.kommunedelID.map(kommunedelIDs.contains) ?? false) { return false }
        if !audiences.isEmpty && !audiences.contains(a.audience) { return false }
        if !categories.isEmpty && !categories.contains(a.category) { return false }
        switch price {
        case .any: break
        case .free: if !a.free { return false }
        case .paid: if a.free { return false }
        }
        let org = Self.fold(organiser)
        if !org.isEmpty && !Self.fold(a.organiser).contains(org) { return false }
        let needle = Self.fold(text)
        if !needle.isEmpty {
            let hay = [a.title, a.organiser, a.description, a.location].map(Self.fold)
            if !hay.contains(where: { $0.contains(needle) }) { return false }
        }
        return true
    }

    /// Case-insensitive and Æ/Ø/Å-aware, as the store's `dugnad_contains`.
    public static func fold(_ s: String) -> String { s.trimmingWhitespace().lowercased() }
}
