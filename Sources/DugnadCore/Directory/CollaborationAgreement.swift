/// A collaboration agreement (samarbeidsavtale) between the municipality and
/// an organisation. The seed demands a clear line between grants and
/// agreements that involve money (which may fall under procurement law), so
/// the flag is shown wherever the agreement is.
public struct CollaborationAgreement: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var organisationID: RowID
    public var title: String
    public var startsOn: CivilDate
    public var endsOn: CivilDate?
    public var involvesMoney: Bool

    public init(id: RowID, organisationID: RowID, title: String, startsOn: CivilDate, endsOn: CivilDate?,
                involvesMoney: Bool) {
        self.id = id; self.organisationID = organisationID; self.title = title
        self.startsOn = startsOn; self.endsOn = endsOn; self.involvesMoney = involvesMoney
    }

    public func isCurrent(on day: CivilDate) -> Bool {
        startsOn <= day && (endsOn.map { day <= $0 } ?? true)
    }
}
