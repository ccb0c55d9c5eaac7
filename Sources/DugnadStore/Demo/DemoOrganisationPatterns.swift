import DugnadCore

/// How demo organisations are named and what they do: one pattern per kind
/// of club, so "Fjell Skolekorps" rehearses in a school and "Konnerud IL"
/// trains in a gym. `{p}` is a place name, `{n}` a nationality adjective.
struct DemoOrgPattern: Sendable {
    let template: String
    let category: OrganisationCategory
    /// What their regular bookings are for.
    let purposes: [String]
    /// Venues they use for those (meetings go to møterom anyway).
    let kinds: [VenueKind]
    let audience: Audience
    let activityCategory: ActivityCategory
    let weight: Double

    init(_ template: String, _ category: OrganisationCategory, _ purposes: [String], _ kinds: [VenueKind],
         _ audience: Audience, _ activityCategory: ActivityCategory, weight: Double = 1) {
        self.template = template; self.category = category; self.purposes = purposes; self.kinds = kinds
        self.audience = audience; self.activityCategory = activityCategory; self.weight = weight
    }
}

enum DemoOrgPatterns {
    private static let hall: [VenueKind] = [.idrettshall, .gymsal]
    private static let room: [VenueKind] = [.moterom, .forsamlingslokale, .skolelokale]
    private static let hallTeam = ["Trening G10", "Trening J10", "Trening G12", "Trening J12", "Trening G14",
                                   "Trening J14", "Trening G16", "Trening J16", "Trening senior", "Trening old boys",
                                   "Kamp", "Trening minilag"]

    static let all: [DemoOrgPattern] = [
        // Idrett
        .init("{p} IL", .idrett, hallTeam, hall, .alle, .idrett, weight: 5),
        .init("{p} IF", .idrett, hallTeam, hall, .alle, .idrett, weight: 3),
        .init("{p} Sportsklubb", .idrett, hallTeam, hall, .alle, .idrett, weight: 2),
        .init("{p} Håndballklubb", .idrett, hallTeam, hall, .ungdom, .idrett, weight: 2),
        .init("{p} Fotballklubb", .idrett, ["Vintertrening", "Fysisk trening", "Trening G12", "Trening J12"],
              hall, .ungdom, .idrett, weight: 2),
        .init("{p} Basketballklubb", .idrett, hallTeam, hall, .ungdom, .idrett),
        .init("{p} Volleyballklubb", .idrett, ["Trening", "Trening senior", "Kamp"], hall, .voksne, .idrett),
        .init("{p} Innebandyklubb", .idrett, hallTeam, hall, .ungdom, .idrett),
        .init("{p} Turn", .idrett, ["Turntrening", "Foreldre-og-barn-turn", "Trening rekrutt"], hall, .barn, .idrett),
        .init("{p} Bordtennisklubb", .idrett, ["Trening", "Klubbturnering"], hall, .alle, .idrett),
        .init("{p} Judoklubb", .idrett, ["Judotrening", "Gradering"], hall, .alle, .idrett),
        .init("{p} Karateklubb", .idrett, ["Karatetrening", "Gradering"], hall, .alle, .idrett),
        .init("{p} Taekwondoklubb", .idrett, ["Taekwondotrening"], hall, .alle, .idrett),
        .init("{p} Badmintonklubb", .idrett, ["Badmintontrening", "Klubbkveld"], hall, .alle, .idrett),
        .init("{p} Friidrettsklubb", .idrett, ["Innetrening", "Styrketrening"], hall, .ungdom, .idrett),
        .init("{p} Svømmeklubb", .idrett, ["Styremøte", "Landtrening"], room, .barn, .idrett),
        .init("{p} Skiklubb", .idrett, ["Barmarkstrening", "Smøremøte"], hall, .alle, .idrett),
        .init("{p} Pistolklubb", .idrett, ["Medlemsmøte", "Sikkerhetskurs"], room, .voksne, .idrett),
        .init("{p} Orienteringslag", .idrett, ["Kartkurs", "Medlemsmøte"], room, .alle, .friluftsliv),
        .init("{p} Dansesportklubb", .idrett, ["Dansetrening", "Swingkurs"], [.gymsal, .forsamlingslokale],
              .alle, .idrett),
        .init("{p} Sjakklubb", .idrett, ["Klubbkveld", "Lynsjakkturnering", "Sjakkurs for barn"], room,
              .alle, .kultur),
        .init("{p} Seniordans", .idrett, ["Seniordans"], [.forsamlingslokale, .gymsal], .seniorer, .idrett),
        // Kultur
        .init("{p} Skolekorps", .kultur, ["Korpsøvelse", "Seksjonsøvelse", "Juniorkorps øvelse"],
              [.skolelokale, .forsamlingslokale], .barn, .kultur, weight: 3),
        .init("{p} Musikkorps", .kultur, ["Korpsøvelse", "Ekstraøvelse"], [.forsamlingslokale, .skolelokale],
              .voksne, .kultur),
        .init("{p} Mannskor", .kultur, ["Korøvelse", "Stemmeøvelse"], room, .voksne, .kultur),
        .init("{p} Kvinnekor", .kultur, ["Korøvelse"], room, .voksne, .kultur),
        .init("{p} Blandakor", .kultur, ["Korøvelse", "Konsert"], room, .voksne, .kultur),
        .init("{p} Gospelkor", .kultur, ["Korøvelse", "Konsert"], room, .ungdom, .kultur),
        .init("{p} Barnekor", .kultur, ["Korøvelse"], room, .barn, .kultur),
        .init("{p} Teaterlag", .kultur, ["Teaterøvelse", "Forestilling", "Kostymeverksted"],
              [.forsamlingslokale, .skolelokale], .alle, .kultur),
        .init("{p} Revylag", .kultur, ["Revyøvelse", "Manusmøte"], [.forsamlingslokale], .voksne, .kultur),
        .init("{p} Historielag", .kultur, ["Medlemsmøte", "Foredrag", "Styremøte"], room, .seniorer, .kultur),
        .init("{p} Husflidslag", .kultur, ["Strikkekveld", "Vevkurs", "Medlemsmøte"], room, .voksne, .kultur),
        .init("{p} Kunstforening", .kultur, ["Utstillingsmøte", "Tegnekurs"], room, .voksne, .kultur),
        .init("{p} Fotoklubb", .kultur, ["Klubbkveld", "Bildekritikk"], room, .voksne, .kultur),
        .init("{p} Spelemannslag", .kultur, ["Øvelse", "Spelemannskveld"], room, .voksne, .kultur),
        .init("{p} Storband", .kultur, ["Bandøvelse"], [.forsamlingslokale, .skolelokale], .voksne, .kultur),
        .init("{p} Folkedanslag", .kultur, ["Folkedans", "Kurs i runddans"], [.forsamlingslokale, .gymsal],
              .alle, .kultur),
        // Friluftsliv
        .init("{p} Turlag", .friluftsliv, ["Turplanlegging", "Medlemsmøte"], room, .alle, .friluftsliv),
        .init("{p} Jeger- og Fiskeforening", .friluftsliv, ["Jegerprøvekurs", "Medlemsmøte"], room, .voksne,
              .friluftsliv),
        .init("{p} Sopp- og nyttevekstforening", .friluftsliv, ["Soppkontroll", "Kurs"], room, .voksne,
              .friluftsliv),
        .init("{p} Padleklubb", .friluftsliv, ["Medlemsmøte", "Sikkerhetskurs"], room, .alle, .friluftsliv),
        .init("{p} Løypelag", .friluftsliv, ["Dugnadsmøte", "Styremøte"], room, .alle, .friluftsliv),
        // Helse og sosial
        .init("{p} Sanitetsforening", .helseSosial, ["Medlemsmøte", "Strikkekafé", "Styremøte"], room,
              .voksne, .sosialt),
        .init("Mental Helse {p}", .helseSosial, ["Samtalegruppe", "Medlemsmøte"], room, .voksne, .helse),
        .init("LHL {p}", .helseSosial, ["Trimgruppe", "Medlemsmøte"], [.gymsal, .moterom], .seniorer, .helse),
        .init("{p} Pensjonistforening", .helseSosial, ["Medlemsmøte", "Seniortrim", "Bingo"],
              [.forsamlingslokale, .moterom], .seniorer, .sosialt, weight: 2),
        .init("Demensforeningen {p}", .helseSosial, ["Pårørendegruppe"], room, .voksne, .helse),
        .init("Diabetesforbundet {p}", .helseSosial, ["Medlemsmøte", "Foredrag"], room, .voksne, .helse),
        // Barn og unge
        .init("{p} Speidergruppe", .barnUnge, ["Speidermøte", "Lederpatruljemøte"], room, .barn, .friluftsliv,
              weight: 2),
        .init("{p} 4H", .barnUnge, ["Klubbmøte"], room, .barn, .friluftsliv),
        .init("KFUK-KFUM {p}", .barnUnge, ["Tweenskveld", "Ledermøte"], room, .barn, .sosialt),
        .init("{p} Ungdomslag", .barnUnge, ["Ungdomskveld", "Filmkveld"], [.forsamlingslokale], .ungdom,
              .sosialt),
        .init("{p} FAU", .barnUnge, ["FAU-møte", "Foreldremøte"], [.skolelokale, .moterom], .voksne, .annet),
        // Humanitære
        .init("Røde Kors {p}", .humanitær, ["Førstehjelpskurs", "Besøksvennmøte", "Leksehjelp"], room,
              .alle, .sosialt),
        .init("Lions Club {p}", .humanitær, ["Klubbmøte"], room, .voksne, .sosialt),
        .init("Rotary {p}", .humanitær, ["Klubbmøte"], room, .voksne, .sosialt),
        .init("Norsk Folkehjelp {p}", .humanitær, ["Kurs", "Vaktmøte"], room, .voksne, .sosialt),
        .init("Kirkens Bymisjon {p}", .humanitær, ["Frivilligmøte", "Middag for alle"],
              [.forsamlingslokale], .alle, .sosialt),
        // Livssyn
        .init("{p} menighet", .livssyn, ["Babysang", "Konfirmantundervisning", "Menighetsmøte"], room, .alle,
              .sosialt),
        .init("{p} Misjonsforening", .livssyn, ["Misjonsmøte", "Basar"], room, .seniorer, .sosialt),
        .init("{p} Pinsemenighet", .livssyn, ["Ungdomsmøte", "Søndagsskole"], room, .alle, .sosialt),
        // Nærmiljø
        .init("{p} Vel", .nærmiljø, ["Velmøte", "Dugnadsmøte", "Årsmøte"], room, .alle, .sosialt, weight: 4),
        .init("{p} Velforening", .nærmiljø, ["Velmøte", "Årsmøte"], room, .alle, .sosialt, weight: 2),
        .init("{p} Grendelag", .nærmiljø, ["Grendemøte", "Juletrefest"], [.forsamlingslokale], .alle, .sosialt),
        .init("{p} Beboerforening", .nærmiljø, ["Beboermøte"], room, .alle, .sosialt),
        .init("{p} Nærmiljøforening", .nærmiljø, ["Nabolagsmøte", "Språkkafé"], room, .alle, .sosialt),
        // Innvandrerorganisasjoner
        .init("{n} Kvinneforening Drammen", .innvandrer, ["Kvinnegruppe", "Språkkafé", "Medlemsmøte"], room,
              .voksne, .sosialt, weight: 2),
        .init("{n} Kulturforening", .innvandrer, ["Kulturkveld", "Morsmålsundervisning", "Medlemsmøte"], room,
              .alle, .kultur, weight: 2),
        .init("{n} Kultursenter", .innvandrer, ["Kulturkveld", "Leksehjelp", "Dansegruppe"],
              [.forsamlingslokale, .moterom], .alle, .kultur),
        .init("{n} Ungdomsforening Drammen", .innvandrer, ["Ungdomskveld", "Fotballtrening"],
              [.gymsal, .moterom], .ungdom, .sosialt),
        .init("{n} Foreldreforening", .innvandrer, ["Foreldremøte", "Leksehjelp", "Morsmålsundervisning"], room,
              .barn, .laering),
        // Annet
        .init("{p} Frimerkeklubb", .annet, ["Klubbmøte", "Bytteaften"], room, .seniorer, .annet),
        .init("{p} Modelljernbaneklubb", .annet, ["Klubbkveld"], room, .alle, .annet),
        .init("{p} Hundeklubb", .annet, ["Valpekurs teori", "Medlemsmøte"], room, .voksne, .annet),
        .init("{p} Bridgeklubb", .annet, ["Bridgekveld", "Nybegynnerkurs"], room, .seniorer, .annet),
        .init("{p} Veteranvognklubb", .annet, ["Medlemsmøte"], room, .voksne, .annet),
        .init("{p} Birøkterlag", .annet, ["Nybegynnerkurs birøkt", "Medlemsmøte"], room, .voksne, .annet),
        .init("{p} Hagelag", .annet, ["Frøbyttedag", "Foredrag"], room, .voksne, .annet),
    ]

    static let weights = all.map(\.weight)

    /// Nationality adjectives for "{n}" (Somalisk Kvinneforening Drammen, Polsk Kulturforening).
    static let nationalities = ["Somalisk", "Polsk", "Tamilsk", "Tyrkisk", "Pakistansk", "Eritreisk", "Syrisk",
                                "Afghansk", "Litauisk", "Vietnamesisk", "Ukrainsk", "Kurdisk", "Irakisk",
                                "Bosnisk", "Filippinsk", "Thailandsk", "Etiopisk", "Albansk", "Chilensk",
                                "Iransk", "Sudanesisk", "Ghanesisk", "Marokkansk", "Kongolesisk", "Russisk",
                                "Rumensk", "Latvisk", "Indisk", "Palestinsk", "Gambisk"]

    /// Meetings any organisation holds, in a meeting room.
    static let meetings = ["Styremøte", "Styremøte", "Styremøte", "Årsmøte", "Medlemsmøte", "Planleggingsmøte",
                           "Dugnadsmøte", "Kurs for tillitsvalgte"]
}
