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
    /// The grant rules refuse the change (workflow, decision, budget, conflict of interest, …): nothing was saved.
    case grantRefused([GrantRefusal])
    /// A filter expression of the grant inbox that does not parse.
    case badFilter(GrantFilterError)
    case sqlite(String)
    /// SQLite found the file damaged (SQLITE_CORRUPT); `detail` is what it said.
    case damaged(path: String, detail: String)
    /// There is no database at the path, and read-only work creates none.
    case missingDatabase(path: String)
    /// Read-only work on a database an older Dugnad wrote: it must be upgraded (opened once) first.
    case needsUpgrade(path: String, found: Int, supported: Int)
    /// The file holds changes (migrations) this version does not know: a newer Dugnad wrote it.
    case unknownChanges(path: String, migrations: [String], supported: Int)
    /// The file or its folder cannot be written (permissions, read-only file system).
    case readOnly(path: String)
    /// A staff user name that cannot be used.
    case invalidUsername(StaffNameProblem)
    /// A backup was written but could not be read back as a sound Dugnad database.
    case backupUnreadable(path: String, detail: String)
}

extension StoreError: CustomStringConvertible {
    /// Plain English for the command line and logs; the TUI uses its phrase table.
    public var description: String {
        switch self {
        case .notADatabase(let path): return "\(path) is not an SQLite database; it was left unchanged."
        case .notDugnad(let path): return "\(path) is an SQLite database of another program; it was left unchanged."
        case .newerSchema(let found, let supported):
            return "The database was written by a newer Dugnad (schema \(found), this version supports \(supported))."
        case .locked(let path): return "The database \(path) is busy (locked by \(LockHolders.describeWriter(of: path).map { "another process, \($0)" } ?? "another process")); try again."
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
        case .grantRefused(let reasons): return reasons.map(\.message.en).joined(separator: " ")
        case .badFilter(let e): return e.message.en
        case .sqlite(let message): return "Database error: \(message)"
        case .damaged(let path, let detail):
            return "The database \(path) is damaged (\(detail)). Restore it from a copy made with `dugnad backup`; "
                + "`dugnad check` lists what SQLite found."
        case .missingDatabase(let path): return "There is no database at \(path) (nothing was created)."
        case .needsUpgrade(let path, let found, let supported):
            return "\(path) was written by an older Dugnad (schema \(found); this version uses \(supported)). "
                + "Open it once with `dugnad` to upgrade it, then try again; it was left unchanged."
        case .unknownChanges(let path, let migrations, let supported):
            return "\(path) holds changes from a newer Dugnad (\(migrations.joined(separator: ", "))) that this version "
                + "(schema \(supported)) does not know. Upgrade Dugnad; the file was left unchanged."
        case .readOnly(let path): return "\(path) cannot be written (read-only file or folder); nothing was changed."
        case .invalidUsername(let problem): return "Invalid user name: \(problem.english)."
        case .backupUnreadable(let path, let detail):
            return "The copy \(path) could not be read back (\(detail)); it was removed."
        }
    }
}
