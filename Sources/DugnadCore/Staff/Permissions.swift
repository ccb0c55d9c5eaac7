/// What each staff role may change. Anyone may look; a login user who is not
/// in the staff table may only look.
public enum Permission: Sendable, Equatable {
    case editDirectory, editVenues, book, editActivities, handleGrants, handleVolunteers, manageStaff
    /// A grant scheme's terms (budget, maximum, rounds): the municipality's administrators.
    case editSchemes
}

public enum Permissions {
    public static func allows(_ role: StaffRole?, _ permission: Permission) -> Bool {
        guard let role else { return false }
        switch permission {
        case .editDirectory, .book, .editActivities: return true
        case .editVenues, .manageStaff, .editSchemes: return role == .admin
        case .handleGrants: return role == .grants || role == .admin
        case .handleVolunteers: return role == .coordinator || role == .admin
        }
    }
}
