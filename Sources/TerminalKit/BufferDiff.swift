/// The changes between two frames as runs of cells, so the backend writes
/// only what changed (ncurses then minimises the bytes again).
public struct BufferDiff {
    /// Consecutive cells of one row starting at (x, y). Continuation cells are
    /// included to keep positions implicit; backends skip them.
    public struct Run: Equatable, Sendable {
        public let x: Int
        public let y: Int
        public let cells: [Cell]

        public init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }
    }

    /// Runs separated by at most this many unchanged cells are merged: one
    /// cursor move costs about as many bytes as a few cells.
    static let mergeGap = 3

    /// Every run needed to turn `old` into `new`; a full repaint when there is
    /// no old frame or the size changed. A run never starts on a continuation.
    public static func runs(from old: Buffer?, to new: Buffer) -> [Run] {
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { y in
                Run(x: 0, y: y, cells: Array(new.cells[(y * new.width)..<((y + 1) * new.width)]))
            }
        }
        var runs: [Run] = []
        let w = new.width
        for y in 0..<new.height {
            let base = y * w
            var x = 0
            while x < w {
                if old.cells[base + x] == new.cells[base + x] { x += 1; continue }
                var start = x
                if new.cells[base + start].width == 0, start > 0 { start -= 1 }
                var end = x + 1  // exclusive
                var probe = end
                while probe < w {
                    if old.cells[base + probe] != new.cells[base + probe] {
                        end = probe + 1
                        probe = end
                    } else if probe - end < mergeGap {
                        probe += 1
                    } else {
                        break
                    }
                }
                // Don't cut a wide glyph off at the end of the run.
                if end < w, new.cells[base + end].width == 0 { end += 1 }
                runs.append(Run(x: start, y: y, cells: Array(new.cells[(base + start)..<(base + end)])))
                x = end
            }
        }
        return runs
    }
}
