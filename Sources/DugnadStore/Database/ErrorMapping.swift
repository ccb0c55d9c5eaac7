import GRDB

extension StoreError {
    /// Names an SQLite failure in the store's terms. StoreErrors thrown from
    /// inside a transaction pass through unchanged.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .sqlite(String(describing: error)) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_NOTADB:
            return .notADatabase(path: path)
        case .SQLITE_CORRUPT:
            // A damaged Dugnad file is not "another kind of file": say so, and what SQLite said.
            return .damaged(path: path, detail: error.message ?? "database disk image is malformed")
        case .SQLITE_READONLY:
            return .readOnly(path: path)
        case .SQLITE_CONSTRAINT where error.message == "booking_overlap":
            return .bookingOverlap
        case .SQLITE_CONSTRAINT where error.message == "grant_budget_exceeded":
            return .grantRefused([.budgetExceeded(remaining: nil)])
        case .SQLITE_CONSTRAINT where error.message == "grant_conflict_of_interest":
            return .grantRefused([.conflictOfInterest])
        case .SQLITE_CANTOPEN:
            return .cannotCreate(path: path, reason: error.message ?? "cannot open")
        default:
            return .sqlite(error.message ?? String(describing: error))
        }
    }
}
