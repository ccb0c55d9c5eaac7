import DugnadCore
import GRDB

// The case view's score form saves every criterion at once: all or nothing.
extension AppDatabase {
    /// Scores several criteria of one application in one transaction (each as `scoreApplication` would);
    /// a refusal of any of them saves none.
    public func scoreApplication(id: RowID, scores: [ScoreEntry]) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            for entry in scores {
                try Self.score(db, a, criterionID: entry.criterionID, score: entry.score, note: entry.note, user: user)
            }
        }
    }
}
