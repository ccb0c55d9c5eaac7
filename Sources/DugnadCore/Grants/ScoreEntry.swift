/// What an officer enters for one criterion in the score form: 0–5 and a note.
/// The officer is the login user (the store knows who it is).
public struct ScoreEntry: Sendable, Hashable {
    public var criterionID: RowID
    public var score: Int
    public var note: String
    public init(criterionID: RowID, score: Int, note: String = "") {
        self.criterionID = criterionID; self.score = score; self.note = note
    }
}

extension GrantScoring {
    /// The weighted total ×1000 the case would have with `entries` as the
    /// login user's scores (replacing theirs; set-aside and others' kept as they are).
    public static func totalMilli(replacing staff: String, with entries: [ScoreEntry], in scores: [GrantScore],
                                  criteria: [GrantCriterion]) -> Int? {
        let others = scores.filter { $0.staff != staff }
        let mine = entries.map { GrantScore(criterionID: $0.criterionID, staff: staff, score: $0.score, note: $0.note) }
        return weightedTotalMilli(others + mine, criteria: criteria)
    }
}
