import DugnadCore
import GRDB

extension AppDatabase {
    /// The application's place in its round, in the order of `GrantScoring.ranking` (highest score
    /// first, unscored last, ties by earlier receipt then reference), counted in SQL through the
    /// round index so a case opens as fast at 25,000 applications as at 100. nil without a round.
    static func roundRank(_ db: Database, applicationID id: RowID) throws -> GrantCase.RoundRank? {
        guard let me = try Row.fetchOne(db, sql: """
            SELECT round_id, score_milli, received_on, reference FROM grant_application WHERE id = ? AND status != 'withdrawn'
            """, arguments: [id]), let round: RowID = me["round_id"] else { return nil }
        let score: Int? = me["score_milli"]
        let received: String = me["received_on"], reference: String = me["reference"]
        // Ahead of it: a higher score, or (same score or both unscored) an earlier receipt or reference;
        // any scored one is ahead of an unscored one.
        let ahead = try Int.fetchOne(db, sql: aheadInRound,
                                     arguments: [round, id, score, score, score, score, received, received, reference]) ?? 0
        let total = try Int.fetchOne(db, sql: countInRound, arguments: [round]) ?? 0
        return GrantCase.RoundRank(position: ahead + 1, of: total)
    }

    // Both counted from `grant_application_round_rank` alone (migration v11; a test reads the plans).
    static let aheadInRound = """
        SELECT count(*) FROM grant_application
        WHERE round_id = ? AND status != 'withdrawn' AND id != ? AND (
            (? IS NOT NULL AND score_milli > ?)
            OR (? IS NULL AND score_milli IS NOT NULL)
            OR (score_milli IS ? AND (received_on < ? OR (received_on = ? AND reference < ?))))
        """
    static let countInRound = "SELECT count(*) FROM grant_application WHERE round_id = ? AND status != 'withdrawn'"
}
