import DugnadCore

/// Everything the store can refuse, as values the app translates into the
/// user's language. `sqlite` carries SQLite's own message for the rare
/// failures that have no better name (disk full, I/O error, …).
public enum StoreError: Error, Equatable, Sendable {
    /// The file is not an SQLite database at all (left untouched).
    case notADatabase(path: String)
    /// An SQLite database that belongs to another program (left untouched).
    case notDugnad(path: String)
    /// Written by a newer Dugnad; opening it could lose data.
    case newerSchema(found: Int, supported: Int)
    /// Another process held the database longer than the busy timeout.
    case locked(path: String)
    case cannotCreate(path: String, reason: String)
    /// The login user is not in the staff table: may look, not change.
    case notStaff(user: String)
    /// The user's role does not allow this change.
    case forbidden(user: String, role: StaffRole?)
    case invalidOrganisation([OrganisationProblem])
    case duplicateOrgNumber(String)
    case bookingOverlap
    /// The venue breaks a rule (name, capacity, opening hours, price): nothing was saved.
    case invalidVenue([VenueIssue])
    /// The closure breaks a rule (dates, reason, venue or site): nothing was saved.
    case invalidClosure([ClosureProblem])
    /// The booking breaks a rule (opening hours, closure, capacity, …): nothing was saved.
    case bookingRefused([BookingConflict])
    /// Removing (or demoting) the last active admin would lock everyone out.
    case lastAdmin
    /// The booking already belongs to a series (edit the series instead).
    case alreadyInSeries
    case notFound
    /// A volunteer, request, assignment or hours entry breaks a rule: nothing was saved.
    case volunteerRefused([VolunteerProblem])
    case importFailed([ImportRowError])
    case sqlite(String)
}

extension StoreError: CustomStringConvertible {
    /// Plain English for the command line and logs; the TUI uses its phrase table.
    public var description: String {
        switch self {
        case .notADatabase(let path): return "\(path) is not an SQLite database; it was left unchanged."
        case .notDugnad(let path): return "\(path) is an SQLite database of another program; it was left unchanged."
        case .newerSchema(let found, let supported):
            return "The database was written by a newer Dugnad (schema \(found), this version supports \(supported))."
        case .locked(let path): return "The database \(path) is busy (locked by another process); try again."
        case .cannotCreate(let path, let reason): return "Cannot create \(path): \(reason)"
        case .notStaff(let user): return "\(user) is not registered as staff and may only look."
        case .forbidden(let user, let role):
            return "\(user) (\(role?.rawValue ?? "no role")) is not allowed to make this change."
        case .invalidOrganisation(let problems): return "Invalid organisation: \(problems)"
        case .duplicateOrgNumber(let number): return "Organisation number \(number) is already registered."
        case .bookingOverlap: return "The venue is already booked at that time."
        case .invalidVenue(let issues): return "Invalid venue: \(issues.map(\.problem))"
        case .invalidClosure(let problems): return "Invalid closure: \(problems)"
        case .bookingRefused(let conflicts): return "The booking was refused: \(conflicts)"
        case .lastAdmin: return "The last admin cannot be removed."
        case .alreadyInSeries: return "The booking already belongs to a series."
        case .notFound: return "Not found (perhaps removed by someone else)."
        case .volunteerRefused(let problems): return "Refused: \(problems)"
        case .importFailed(let rows):
            return "Nothing was imported; \(rows.count) row(s) rejected:\n"
                + rows.map { "  \($0)" }.joined(separator: "\n")
        case .sqlite(let message): return "Database error: \(message)"
        }
    }
}
