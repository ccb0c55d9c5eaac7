/// Which venues the day grid shows. Empty fields do not filter.
public struct VenueFilter: Sendable, Hashable {
    /// Matches name, site and equipment (the `/` line).
    public var text: String
    public var siteID: RowID?
    public var kind: VenueKind?
    public var kommunedelID: RowID?
    public var minimumCapacity: Int?
    /// Every one of these equipment tags.
    public var equipment: [String]
    public var stepFree: Bool
    public var accessibleToilet: Bool
    public var hearingLoop: Bool

    public init(text: String = "", siteID: RowID? = nil, kind: VenueKind? = nil, kommunedelID: RowID? = nil,
                minimumCapacity: Int? = nil, equipment: [String] = [], stepFree: Bool = false,
                accessibleToilet: Bool = false, hearingLoop: Bool = false) {
        self.text = text; self.siteID = siteID; self.kind = kind; self.kommunedelID = kommunedelID
        self.minimumCapacity = minimumCapacity; self.equipment = equipment; self.stepFree = stepFree
        self.accessibleToilet = accessibleToilet; self.hearingLoop = hearingLoop
    }

    public var isEmpty: Bool { self == VenueFilter() }
}
