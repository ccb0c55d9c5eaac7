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
    /// The services a frivillighetskontakt follows up (from the triage read); nil: all, as the coordinator sees.
    public var ownServiceIDs: [RowID]?
    /// Screens over the lists; the last is on top.
    public var screens: [VolunteersScreen] = []
    public init() {}
    public func query(_ section: Section) -> String { queries[section] ?? "" }

    /// A section's filter text, as a key path for the pane's list declarations.
    public subscript(query section: Section) -> String {
        get { queries[section] ?? "" }
        set { queries[section] = newValue }
    }

    /// The selected request of the queue (`triageSelected` is its position in the whole queue).
    public var selectedTriage: TriageRow? {
        guard let t = triage, t.rows.indices.contains(triageSelected - t.offset) else { return nil }
        return t.rows[triageSelected - t.offset]
    }

    /// The window of the queue to read so the selection sits well inside it.
    public var triageWindowOffset: Int { max(0, triageSelected - TriageSnapshot.window / 4) }
}

public enum VolunteersScreen: Sendable, Equatable {
    /// A request opened from the queue: nil while it is read.
    case request(id: RowID, RequestDetail?)
    case proposal(ProposalReview?)
    /// A volunteer's card (Enter in the volunteers list): nil while it is read.
    case card(id: RowID, VolunteerCard?)
    /// A text to read and print (the confirmation of purpose).
    case reading(ReadingText)
    /// Hours per volunteer, service, kommunedel or month: nil while read.
    case hours(HoursTotals?)
    /// The crisis call list: nil while read.
    case crisis(CrisisCallList?)
}
