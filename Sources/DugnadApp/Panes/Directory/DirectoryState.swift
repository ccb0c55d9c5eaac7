import DugnadCore

/// The Directory tab: organisations, services, venues and staff.
public struct DirectoryState: Sendable, Equatable {
    public enum Section: Int, Sendable, CaseIterable { case organisations, services, venues, staff }
    public enum Focus: Sendable, Equatable { case sections, list, detail }

    public var section: Section = .organisations
    public var focus: Focus = .list
    public var queries: [Section: String] = [:]
    public var sort: OrganisationSortKey = .name
    public var organisations = PagedList<Organisation>()
    public var services = PagedList<Service>()
    public var venues = PagedList<Venue>()
    public var staff = PagedList<Staff>()
    /// History of the selected organisation, loaded when the selection settles.
    public var detail: OrganisationDetail?
    /// The booking picked in the organisation's card (↑/↓ with the card focused).
    public var bookingCursor = 0

    public init() {}

    public func query(_ section: Section) -> String { queries[section] ?? "" }

    /// A section's filter text, as a key path for the pane's list declarations.
    public subscript(query section: Section) -> String {
        get { queries[section] ?? "" }
        set { queries[section] = newValue }
    }
}
