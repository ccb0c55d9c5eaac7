/// What the events of one import share and would otherwise work out again
/// for each: the zone a TZID names (as written), and the Oslo wall clock of a
/// wall-clock minute in a zone. A 50 MB calendar names one zone 350,000 times
/// and uses a few tens of thousands of distinct start minutes; each is looked
/// up in the tz database (and the autumn/spring rule applied) once.
/// Belongs to one import on one thread (the reader of its second pass).
final class ICalendarConversionMemo {
    /// A zone with a number that stands for it in the minute table (0 UTC, 1 the floating zone, then TZIDs).
    struct Zone {
        let slot: Int
        let zone: any ICalendarZone
    }

    static let utc = Zone(slot: 0, zone: FixedZone(minutes: 0))
    let floating: Zone
    private var byName: [String: Zone?] = [:]
    private var nextSlot = 2
    private struct Minute: Hashable { let slot: Int; let ordinal: Int }
    private var oslo: [Minute: CivilDateTime] = [:]
    /// Bounds on the tables (a file naming endless zones or minutes keeps memory flat; past these, they start over).
    static let maximumNames = 4_096, maximumMinutes = 200_000

    init(floating: any ICalendarZone) { self.floating = Zone(slot: 1, zone: floating) }

    /// The zone a TZID names in `table`, nil when none.
    func zone(_ tzid: String, in table: ICalendarZoneTable) -> Zone? {
        if let known = byName[tzid] { return known }
        let found = table.zone(tzid).map { Zone(slot: nextSlot, zone: $0) }
        nextSlot += 1   // never reused, so the minute table stays right when the names start over
        if byName.count >= Self.maximumNames { byName.removeAll() }
        byName[tzid] = found
        return found
    }

    /// The Europe/Oslo wall clock of a wall-clock time in `zone`.
    func oslo(_ wall: CivilDateTime, in zone: Zone) -> CivilDateTime {
        let key = Minute(slot: zone.slot, ordinal: wall.ordinal)
        if let t = oslo[key] { return t }
        let t = OsloTime.civil(fromUTC: CivilDateTime(ordinal: zone.zone.utc(fromLocal: wall)))
        if oslo.count >= Self.maximumMinutes { oslo.removeAll(keepingCapacity: true) }
        oslo[key] = t
        return t
    }
}
