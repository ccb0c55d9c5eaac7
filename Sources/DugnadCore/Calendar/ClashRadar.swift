/// Warns when two activities compete for the same people: same audience
/// (or one for everyone), same kommunedel, overlapping times, neither cancelled.
public enum ClashRadar {
    /// What the rule looks at, in plain values (comparing whole activities per pair costs at scale).
    public struct Facts: Sendable, Equatable {
        public var start: Int, end: Int
        public var kommunedelID: RowID?
        public var audience: Audience
        public var cancelled: Bool
        public init(_ a: Activity) {
            start = a.start.ordinal; end = a.end.ordinal; kommunedelID = a.kommunedelID; audience = a.audience; cancelled = a.cancelled
        }
    }

    /// The rule on two distinct activities' facts.
    public static func clash(_ a: Facts, _ b: Facts) -> Bool {
        guard !a.cancelled, !b.cancelled, let k = a.kommunedelID, k == b.kommunedelID else { return false }
        guard a.audience == b.audience || a.audience == .alle || b.audience == .alle else { return false }
        return a.start < b.end && b.start < a.end
    }

    public static func clash(_ a: Activity, _ b: Activity) -> Bool {
        clash(Facts(a), Facts(b)) && a != b
    }

    /// The activities among `candidates` (e.g. the same day's) that clash with `a`.
    public static func clashes(of a: Activity, among candidates: ArraySlice<Activity>) -> [Activity] {
        candidates.filter { clash(a, $0) }
    }
}
