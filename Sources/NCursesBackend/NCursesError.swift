/// Why the curses terminal could not start.
public enum NCursesError: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case cannotInitialise(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .cannotInitialise(let term):
            return "cannot start curses for terminal type '\(term)'"
        }
    }
}
