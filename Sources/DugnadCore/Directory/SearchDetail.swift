/// One part of a global-search hit's second line, as a value: the app says
/// it in the user's language (a category's name, not `naermiljo`; a date as
/// "tor. 3.12.", not ISO).
public enum SearchDetail: Sendable, Hashable {
    case text(String)
    case organisationCategory(OrganisationCategory)
    case venueKind(VenueKind)
    case capacity(Int)
    case applicationStatus(ApplicationStatus)
    case staffRole(StaffRole)
    case start(CivilDateTime)
}
