/// How the inbox is sorted.
public enum GrantSort: String, Sendable, CaseIterable, Hashable {
    case received, deadline, amount, status, applicant, score

    public var next: GrantSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One line of the inbox.
public struct GrantInboxLine: Sendable, Hashable, Identifiable {
    public var application: GrantApplication
    public var schemeName: String
    public var group: SchemeGroup
    public var kind: SchemeKind
    public var hasConflict: Bool
    /// The login user has declared a conflict on it.
    public var myConflict: Bool
    public var tags: [String]
    public var id: RowID { application.id }

    public init(application: GrantApplication, schemeName: String, group: SchemeGroup, kind: SchemeKind,
                hasConflict: Bool, myConflict: Bool, tags: [String]) {
        self.application = application; self.schemeName = schemeName; self.group = group; self.kind = kind
        self.hasConflict = hasConflict; self.myConflict = myConflict; self.tags = tags
    }
}
