/// Fuzzy matching for the command palette, as in editors' "go to command":
/// the query's characters must appear in order; consecutive runs and word
/// starts score higher. Returns nil when the query does not match.
public enum FuzzyMatch {
    public static func score(_ query: String, in candidate: String) -> Int? {
        let q = Array(query.lowercased().filter { !$0.isWhitespace })
        if q.isEmpty { return 0 }
        let c = Array(candidate.lowercased())
        var qi = 0, score = 0, previousMatch = -2
        for (ci, ch) in c.enumerated() where qi < q.count && ch == q[qi] {
            score += 1
            if ci == previousMatch + 1 { score += 3 }
            if ci == 0 || c[ci - 1] == " " || c[ci - 1] == "/" { score += 5 }
            previousMatch = ci
            qi += 1
        }
        return qi == q.count ? score - c.count / 10 : nil
    }
}
