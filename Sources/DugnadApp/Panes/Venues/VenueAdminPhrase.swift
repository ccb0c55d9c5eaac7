import DugnadCore

/// The texts of venue administration, Bokmål and English.
public enum VenueAdminPhrase: Sendable, Equatable {
    case newTitle
    case editTitle(String)
    case label(Label)
    case policyChoice(PricePolicy)
    case slotChoice(Int)
    case formHelp
    case problem(VenueProblem)
    case adminOnly
    case confirmActive(String, Bool)
    case created(String)
    case updated(String)
    case deactivated(String, upcoming: Int)
    case reactivated(String)
    case inactiveMark
    case fixFields(Int)

    public enum Label: Sendable, Equatable {
        case name, kind, site, kommunedel, capacity, closedOnHolidays, slotMinutes, pricePolicy, hourlyRate
        case subsidisedRate, requiresApproval, accessMethod, stepFree, accessibleToilet, hearingLoop, equipment, bookableOnline
        /// Opening hours of an ISO weekday (1 = Monday).
        case weekday(Int)
    }

    public func text(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }

    private var bokmal: String {
        switch self {
        case .newTitle: return "Nytt lokale"
        case .editTitle(let n): return "Endre «\(n)»"
        case .label(let l):
            switch l {
            case .name: return "Navn"
            case .kind: return "Type lokale"
            case .site: return "Sted"
            case .kommunedel: return "Kommunedel"
            case .capacity: return "Antall plasser"
            case .closedOnHolidays: return "Stengt på helligdager"
            case .slotMinutes: return "Bookes per"
            case .pricePolicy: return "Pris"
            case .hourlyRate: return "Timepris (kr)"
            case .subsidisedRate: return "Subsidiert timepris (kr)"
            case .requiresApproval: return "Krever godkjenning"
            case .accessMethod: return "Adgang"
            case .stepFree: return "Trinnfri adkomst"
            case .accessibleToilet: return "HC-toalett"
            case .hearingLoop: return "Teleslynge"
            case .equipment: return "Utstyr"
            case .bookableOnline: return "Kan bookes digitalt"
            case .weekday(let w):
                return "Åpent " + ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][(w - 1) % 7]
            }
        case .policyChoice(let p):
            switch p {
            case .freeForVoluntary: return "gratis for frivillige lag, ellers timepris"
            case .hourly: return "timepris for alle"
            case .subsidised: return "subsidiert timepris"
            case .free: return "gratis for alle"
            }
        case .slotChoice(let m): return VenuesPhrase.slotNB(m)
        case .formHelp:
            return "Åpningstid: for eksempel 08-16, 18-22; et tomt felt betyr stengt. Beløp i kroner. Utstyr skilles med komma."
        case .problem(let p):
            switch p {
            case .nameMissing: return "Skriv navnet på lokalet."
            case .nameTooLong: return "Navnet kan ikke være lengre enn \(VenueValidation.maxNameLength) tegn."
            case .kommunedelMissing: return "Velg kommunedel."
            case .capacityNotANumber: return "Skriv antall plasser som et tall."
            case .capacityOutOfRange(let r): return "Antall plasser må være mellom \(r.lowerBound) og \(r.upperBound)."
            case .slotSize: return "Lokalet kan bookes per kvarter, halvtime eller time."
            case .hours(let h):
                switch h {
                case .unreadable(let part): return "Forstår ikke «\(part)». Skriv for eksempel 08-16 eller 08:30-16:00."
                case .endNotAfterStart(let part): return "I «\(part)» må sluttiden være etter starttiden."
                case .crossesMidnight(let part):
                    return "«\(part)» går over midnatt. Del tiden: til 24 denne dagen og fra 00 neste dag."
                case .overlap: return "Tidsrommene overlapper hverandre."
                case .offSlotGrid(let m): return "Lokalet bookes per \(VenuesPhrase.slotNB(m)), så åpningstidene må passe med det."
                }
            case .amountUnreadable: return "Skriv beløpet i kroner, for eksempel 450 eller 450,50."
            case .rateRequired: return "Prisordningen krever en timepris over 0 kr."
            case .tagTooLong(let t): return "«\(t)» er for langt; et utstyrsord kan ha høyst \(VenueValidation.maxTagLength) tegn."
            case .tooManyTags(let n): return "Høyst \(n) utstyrsord."
            }
        case .adminOnly: return "Bare administratorer kan opprette og endre lokaler og stengte perioder."
        case .confirmActive(let n, let active):
            return active ? "Gjøre «\(n)» tilgjengelig for booking igjen?"
                : "Deaktivere «\(n)»? Lokalet forsvinner fra rutenettet og søket etter ledig tid. Bookingene og historikken blir stående."
        case .created(let n): return "Opprettet lokalet «\(n)»."
        case .updated(let n): return "Lagret endringene i «\(n)»."
        case .deactivated(let n, let upcoming):
            if upcoming == 0 { return "«\(n)» er deaktivert og vises ikke lenger i rutenettet." }
            return "«\(n)» er deaktivert; \(upcoming) kommende \(upcoming == 1 ? "booking" : "bookinger") gjelder fortsatt – ring leietakerne."
        case .reactivated(let n): return "«\(n)» kan bookes igjen."
        case .inactiveMark: return "(deaktivert)"
        case .fixFields(let n): return n == 1 ? "Ett felt må rettes før skjemaet kan lagres." : "\(n) felt må rettes før skjemaet kan lagres."
        }
    }

    private var english: String {
        switch self {
        case .newTitle: return "New venue"
        case .editTitle(let n): return "Edit “\(n)”"
        case .label(let l):
            switch l {
            case .name: return "Name"
            case .kind: return "Type of venue"
            case .site: return "Site"
            case .kommunedel: return "District"
            case .capacity: return "Capacity"
            case .closedOnHolidays: return "Closed on public holidays"
            case .slotMinutes: return "Booked in"
            case .pricePolicy: return "Price"
            case .hourlyRate: return "Hourly rate (NOK)"
            case .subsidisedRate: return "Subsidised rate (NOK)"
            case .requiresApproval: return "Requires approval"
            case .accessMethod: return "Access"
            case .stepFree: return "Step-free access"
            case .accessibleToilet: return "Accessible toilet"
            case .hearingLoop: return "Hearing loop"
            case .equipment: return "Equipment"
            case .bookableOnline: return "Bookable online"
            case .weekday(let w):
                return "Open " + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(w - 1) % 7]
            }
        case .policyChoice(let p):
            switch p {
            case .freeForVoluntary: return "free for voluntary groups, else hourly"
            case .hourly: return "hourly rate for everyone"
            case .subsidised: return "subsidised hourly rate"
            case .free: return "free for everyone"
            }
        case .slotChoice(let m): return "\(m)-minute slots"
        case .formHelp:
            return "Opening hours: e.g. 08-16, 18-22; an empty field means closed. Amounts in kroner. Separate equipment with commas."
        case .problem(let p):
            switch p {
            case .nameMissing: return "Type the venue's name."
            case .nameTooLong: return "The name can be at most \(VenueValidation.maxNameLength) characters."
            case .kommunedelMissing: return "Choose a district."
            case .capacityNotANumber: return "Type the capacity as a number."
            case .capacityOutOfRange(let r): return "The capacity must be between \(r.lowerBound) and \(r.upperBound)."
            case .slotSize: return "Slots must be 15, 30 or 60 minutes long."
            case .hours(let h):
                switch h {
                case .unreadable(let part): return "Cannot read “\(part)”. Type e.g. 08-16 or 08:30-16:00."
                case .endNotAfterStart(let part): return "In “\(part)” the end must be after the start."
                case .crossesMidnight(let part):
                    return "“\(part)” runs past midnight. Split it: until 24 on this day and from 00 on the next."
                case .overlap: return "The time ranges overlap."
                case .offSlotGrid(let m): return "The venue is booked in \(m)-minute slots, so the opening hours must fit them."
                }
            case .amountUnreadable: return "Type the amount in kroner, e.g. 450 or 450.50."
            case .rateRequired: return "This price policy needs an hourly rate above NOK 0."
            case .tagTooLong(let t): return "“\(t)” is too long; an equipment tag has at most \(VenueValidation.maxTagLength) characters."
            case .tooManyTags(let n): return "At most \(n) equipment tags."
            }
        case .adminOnly: return "Only administrators can create and change venues and closures."
        case .confirmActive(let n, let active):
            return active ? "Make “\(n)” bookable again?"
                : "Deactivate “\(n)”? It leaves the grid and the free-slot search. Its bookings and history stay."
        case .created(let n): return "Created the venue “\(n)”."
        case .updated(let n): return "Saved the changes to “\(n)”."
        case .deactivated(let n, let upcoming):
            if upcoming == 0 { return "“\(n)” is deactivated and no longer shown in the grid." }
            return "“\(n)” is deactivated; \(upcoming) upcoming \(upcoming == 1 ? "booking remains" : "bookings remain") – call the bookers."
        case .reactivated(let n): return "“\(n)” can be booked again."
        case .inactiveMark: return "(deactivated)"
        case .fixFields(let n): return n == 1 ? "One field must be corrected before saving." : "\(n) fields must be corrected before saving."
        }
    }
}
