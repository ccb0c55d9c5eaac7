import DugnadCore

/// Finds a fitting organisation for a venue: one whose activities belong in
/// that kind of room, preferably from the same kommunedel. Arrays keep the
/// organisations' order so picks are reproducible.
struct DemoOrgIndex {
    let orgs: [DemoOrg]
    private var byKind: [[Int]]                 // VenueKind index → org indices
    private var byKindAndPlace: [[[Int]]]       // VenueKind index → kommunedel id → org indices
    private var meeting: [Int]
    private var meetingByPlace: [[Int]]

    init(_ orgs: [DemoOrg]) {
        self.orgs = orgs
        let kinds = VenueKind.allCases.count, places = ReferenceData.kommunedeler.count + 1
        byKind = Array(repeating: [], count: kinds)
        byKindAndPlace = Array(repeating: Array(repeating: [], count: places), count: kinds)
        meeting = []
        meetingByPlace = Array(repeating: [], count: places)
        for (i, entry) in orgs.enumerated() where entry.org.active {
            let place = Int(entry.org.kommunedelID ?? 0)
            meeting.append(i)
            meetingByPlace[place].append(i)
            for kind in entry.pattern?.kinds ?? [] {
                let k = Self.index(kind)
                byKind[k].append(i)
                byKindAndPlace[k][place].append(i)
            }
        }
    }

    static func index(_ kind: VenueKind) -> Int { VenueKind.allCases.firstIndex(of: kind)! }

    /// An organisation that does its own activity (training, rehearsal) in this kind of venue.
    func forActivity(in venue: Venue, rng: inout DemoRandom) -> DemoOrg? {
        let k = Self.index(venue.kind)
        let local = byKindAndPlace[k][Int(venue.kommunedelID)]
        if !local.isEmpty && rng.chance(0.7) { return orgs[rng.pick(local)] }
        return byKind[k].isEmpty ? nil : orgs[rng.pick(byKind[k])]
    }

    /// Any organisation, for a meeting, preferably a local one.
    func forMeeting(in venue: Venue, rng: inout DemoRandom) -> DemoOrg? {
        let local = meetingByPlace[Int(venue.kommunedelID)]
        if !local.isEmpty && rng.chance(0.7) { return orgs[rng.pick(local)] }
        return meeting.isEmpty ? nil : orgs[rng.pick(meeting)]
    }

    /// A local sports club, to run an Aktive lokalsamfunn activity.
    func sportsClub(near kommunedelID: RowID, rng: inout DemoRandom) -> DemoOrg? {
        let hall = Self.index(.idrettshall)
        let local = byKindAndPlace[hall][Int(kommunedelID)].filter { orgs[$0].org.category == .idrett }
        if !local.isEmpty { return orgs[rng.pick(local)] }
        let any = byKind[hall].filter { orgs[$0].org.category == .idrett }
        return any.isEmpty ? nil : orgs[rng.pick(any)]
    }

    func named(_ name: String) -> DemoOrg? { orgs.first { $0.org.name == name } }
}
