import DugnadCore

/// The Volunteers tab: the triage queue, all requests, the volunteers; over them a request's candidates or
/// the "match all" proposal.
public struct VolunteersState: Sendable, Equatable {
    public enum Section: Int, Sendable, CaseIterable { case triage, requests, volunteers }
    public var section: Section = .triage
    public var queries: [Section: String] = [:]
    public var requests = PagedList<VolunteerRequest>()
    public var volunteers = PagedList<Volunteer>()
    /// The triage queue (new and not yet matched requests, most urgent then oldest first); nil = not read.
    public var triage: TriageSnapshot?
    public var triageSelected = 0
    /// Screens over the lists; the last is on top.
    public var screens: [VolunteersScreen] = []
    public init() {}
    public func query(_ section: Section) -> String { queries[section] ?? "" }

    /// A section's filter text, as a key path for the pane's list declarations.
    public subscript(query section: Section) -> String {
        get { queries[section] ?? "" }
        set { queries[section] = newValue }
    }

    public var selectedTriage: TriageRow? {
        guard let rows = triage?.rows, rows.indices.contains(triageSelected) else { return nil }
        return rows[triageSelected]
    }
}

public enum VolunteersScreen: Sendable, Equatable {
    /// A request opened from the queue: nil while it is read.
    case request(id: RowID, RequestDetail?)
    case proposal(ProposalReview?)
}
