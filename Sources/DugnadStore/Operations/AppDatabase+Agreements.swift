import DugnadCore
import GRDB

extension AppDatabase {
    /// An organisation's collaboration agreements, newest first.
    public func agreements(organisationID: RowID) throws(StoreError) -> [CollaborationAgreement] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM collaboration_agreement WHERE organisation_id = ? ORDER BY starts_on DESC, id DESC
                """, arguments: [organisationID]).map { row in
                CollaborationAgreement(id: row["id"], organisationID: row["organisation_id"], title: row["title"],
                                       startsOn: try StoredForms.date(row["starts_on"] as String),
                                       endsOn: try StoredForms.date(row["ends_on"] as String?),
                                       involvesMoney: row["involves_money"])
            }
        }
    }
}
