/// Warns when two activities compete for the same people: same audience
/// (or one for everyone), same kommunedel, overlapping times, neither cancelled.
public enum ClashRadar {
    public static func clash(_ a: Activity, _ b: Activity) -> Bool {
        guard a != b, !a.cancelled, !b.cancelled, let k = a.kommunedelID, k == b.kommunedelID else { return false }
        guard a.audience == b.audience || a.audience == .alle || b.audience == .alle else { return false }
        return a.start < b.end && b.start < a.end
    }

    /// The activities among `candidates` (e.g. the same day's) that clash with `a`.
    public static func clashes(of a: Activity, among candidates: ArraySlice<Activity>) -> [Activity] {
        candidates.filter { clash(a, $0) }
    }
}
