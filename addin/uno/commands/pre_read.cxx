#include "commands/pre_read.hxx"

#include "commands/live_resume.hxx"
#include "commands/live_validation.hxx"
#include "common/per_document.hxx"
#include "common/today.hxx"
#include "common/uno_conversions.hxx"
#include "document/changed_ranges.hxx"
#include "document/merged_areas.hxx"
#include "document/row_blocks.hxx"
#include "document/workbook_reader.hxx"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Rows read per main-loop callback: about 20-30 ms of Calc's cold read and
// the conversion on this machine, short enough not to be felt while typing.
constexpr sal_Int32 kRowsPerStep = 2048;
// The pause between two blocks. Posted back to back, the callbacks would keep
// the main loop from its idle work (repaint, layout, the end of loading
// itself: measured, a document's load returned only once every block was
// read), so each block is posted from a second thread after a pause.
constexpr auto kPause = std::chrono::milliseconds(15);

bool tracing() {
    return std::getenv("HUIBAO_TRACE") != nullptr;
}

// CLOCK_MONOTONIC seconds, as a benchmark script's time.monotonic() reads them.
double monotonicSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Where an input sheet's changes are heard: the row blocks cover rows
// 0..lastRow and columns 0..lastColumn (document/row_blocks.cxx). A write
// outside them cannot be heard, but it moves the used area beyond them.
struct Watched {
    sal_Int32 lastRow = -1;
    sal_Int32 lastColumn = -1;
    sal_Int32 readRow = -1; // the used area when the sheet's reading began
    sal_Int32 readColumn = -1;
};

class Listener;

// A block of rows read on the main loop, to be converted on the pacing thread.
struct Pending {
    std::size_t index = 0;
    sal_Int32 first = 0;
    sal_Int32 last = 0;
    Watched area;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> values;
};

// One document's pre-read. The main loop's callbacks read; events (from any
// thread) mark sheets changed; a command takes it. The fields below the
// mutex are only touched under it; UNO is never called while it is held.
struct PreRead {
    Reference<css::sheet::XSpreadsheetDocument> document;
    Reference<css::awt::XRequestCallback> async;
    rtl::Reference<Listener> listener;
    std::unique_ptr<RowBlocks> blocks;

    std::mutex mutex;
    bool ended = false;
    bool allChanged = false;   // a change that names no sheet: nothing kept is trusted
    std::vector<char> changed; // per sheet: changed since its reading began (read again)
    std::vector<Watched> watched;
    Workbook workbook;     // the cells read so far (until `validated` owns them)
    std::size_t sheet = 0; // next sheet to read
    sal_Int32 row = 0;     // its next row
    bool complete = false;
    std::optional<Pending> pending; // read, not yet converted
    double longestStep = 0;         // seconds, for HUIBAO_TRACE
    int steps = 0;
    std::shared_future<std::shared_ptr<LiveValidator>> validated; // the core's run, once all is read
    Reference<css::uno::XComponentContext> context;
    std::condition_variable wake; // a step ran, or the pre-read ended
    bool stepRan = false;

    void end() {
        std::lock_guard lock(mutex);
        ended = true;
        wake.notify_all();
    }

    void markSheet(sal_Int32 index) {
        std::lock_guard lock(mutex);
        if (index >= 0 && std::size_t(index) < changed.size())
            changed[index] = 1;
        else
            allChanged = true;
    }
    void markAll() {
        std::lock_guard lock(mutex);
        allChanged = true;
    }
};

// Leaked on purpose (per_document.hxx).
PerDocument<std::shared_ptr<PreRead>>& preReads() {
    static auto* map = new PerDocument<std::shared_ptr<PreRead>>;
    return *map;
}

void step(const std::shared_ptr<PreRead>& state);
void resumeIfSaved(PreRead& state);

class Listener : public cppu::WeakImplHelper4<css::util::XChangesListener, css::util::XModifyListener,
                                              css::document::XUndoManagerListener, css::awt::XCallback> {
public:
    explicit Listener(const std::shared_ptr<PreRead>& state) : state_(state) {}

    // A typed, pasted or deleted range, inserted or deleted rows: their sheets.
    void SAL_CALL changesOccurred(const css::util::ChangesEvent& event) override {
        auto state = state_.lock();
        if (!state) return;
        for (const auto& change : event.Changes) {
            if (const auto ranges = changedRanges(change))
                for (const auto& address : *ranges) state->markSheet(address.Sheet);
            else
                state->markAll();
        }
    }
    // A write inside one of the row blocks (a macro's, a script's, a typed cell's).
    void SAL_CALL modified(const css::lang::EventObject& event) override {
        auto state = state_.lock();
        if (!state) return;
        css::table::CellRangeAddress block;
        if (RowBlocks::addressOf(event.Source, block))
            state->markSheet(block.Sheet);
        else
            state->markAll();
    }
    // Calc does not report an undone paste as a change.
    void SAL_CALL actionUndone(const css::document::UndoManagerEvent&) override { markAll(); }
    void SAL_CALL actionRedone(const css::document::UndoManagerEvent&) override { markAll(); }
    void SAL_CALL undoActionAdded(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL allActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL redoActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL resetAll(const css::lang::EventObject&) override {}
    void SAL_CALL enteredContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL enteredHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL cancelledContext(const css::document::UndoManagerEvent&) override {}

    // The main loop's turn: the next block of rows, or (true) the core's
    // run is over.
    void SAL_CALL notify(const css::uno::Any& data) override {
        auto state = state_.lock();
        if (!state) return;
        if (bool validated = false; (data >>= validated) && validated)
            resumeIfSaved(*state);
        else
            step(state);
    }

    void SAL_CALL disposing(const css::lang::EventObject& event) override {
        markAll();
        // The document closes.
        if (auto state = preReads().take(Reference<css::uno::XInterface>(event.Source, UNO_QUERY))) state->end();
    }

private:
    void markAll() {
        if (auto state = state_.lock()) state->markAll();
    }
    std::weak_ptr<PreRead> state_;
};

// Stops listening (outside the mutex: removing a listener is a UNO call).
void detach(PreRead& state) {
    state.blocks.reset();
    try {
        Reference<css::util::XChangesNotifier> changes(state.document, UNO_QUERY);
        if (changes.is()) changes->removeChangesListener(state.listener.get());
        Reference<css::document::XUndoManagerSupplier> undo(state.document, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->removeUndoManagerListener(state.listener.get());
    } catch (...) {} // the document is going away
}

// Adds a converted block to its sheet's cells.
void append(PreRead& state, const Pending& block, Grid rows) {
    state.watched[block.index] = block.area;
    auto& cells = state.workbook.sheets[block.index].cells;
    if (block.first == 0) cells.reserve(std::size_t(block.area.readRow) + 1);
    cells.insert(cells.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    state.row = block.last + 1;
    if (state.row > block.area.readRow) {
        ++state.sheet;
        state.row = 0;
    }
}

// Posts the steps, one at a time, each after a pause, and turns what each
// read into the core's cells meanwhile (off the main loop).
void pace(const std::shared_ptr<PreRead>& state) {
    std::thread([state]() noexcept {
        try {
            for (;;) {
                {
                    std::unique_lock lock(state->mutex);
                    state->wake.wait_for(lock, kPause, [&] { return state->ended; });
                    if (state->ended || state->complete) return;
                    state->stepRan = false;
                }
                state->async->addCallback(state->listener.get(), css::uno::Any());
                std::optional<Pending> block;
                {
                    std::unique_lock lock(state->mutex);
                    state->wake.wait(lock, [&] { return state->ended || state->stepRan; });
                    if (state->ended || state->complete) return;
                    block = std::move(state->pending);
                    state->pending.reset();
                }
                if (!block) continue;
                Grid rows = toGrid(block->values);
                block->values = {};
                std::lock_guard lock(state->mutex);
                if (state->ended) return;
                append(*state, *block, std::move(rows));
            }
        } catch (...) {
            state->markAll(); // the first command reads the document itself
        }
    }).detach();
}

// Tells the pacer this step is over.
void stepOver(PreRead& state) {
    std::lock_guard lock(state.mutex);
    state.stepRan = true;
    state.wake.notify_all();
}

// The core validates what was read on a second thread: the first command
// finds the result ready (or waits for the rest of it).
void finish(PreRead& state) {
    // Values merged down project rows reach each of them (a few calls a
    // sheet); a sheet is found by its name, whatever was inserted since.
    try {
        Reference<css::container::XNameAccess> sheets(state.document->getSheets(), UNO_QUERY_THROW);
        for (auto& sheet : state.workbook.sheets) {
            const rtl::OUString name = toOUString(sheet.name);
            if (isOutputSheetName(sheet.name) || sheet.cells.empty() || !sheets->hasByName(name)) continue;
            spreadSheetMerges(Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW),
                              sheet.cells);
        }
    } catch (...) {
        state.allChanged = true; // the first command reads the document itself
    }
    state.complete = true;
    state.validated = std::async(std::launch::async, [workbook = std::move(state.workbook), async = state.async,
                                                      listener = state.listener]() mutable {
                          auto validator = std::make_shared<LiveValidator>(std::move(workbook), today());
                          try {
                              async->addCallback(listener.get(), css::uno::Any(true)); // resumeIfSaved
                          } catch (...) {}                                             // the office is going away
                          return validator;
                      }).share();
}

// A reopened validated workbook: live again when the cells read while idle,
// none changed since, show what its saved 校验结果 and marks show
// (live_resume.hxx). Otherwise the pre-read waits for the first command.
void resumeIfSaved(PreRead& state) {
    try {
        if (commandRunning()) return;
        {
            std::lock_guard lock(state.mutex);
            if (state.ended || state.allChanged || !state.complete ||
                std::any_of(state.changed.begin(), state.changed.end(), [](char c) { return c != 0; }))
                return;
        }
        // No 校验结果 (never validated) shows as nothing saved, too.
        if (!showsAsSaved(state.document, *state.validated.get())) {
            if (tracing()) std::fprintf(stderr, "huibao-trace pre-read: differs from the saved 校验结果\n");
            return;
        }
        resumeSavedLiveValidation(state.document, state.context);
    } catch (...) {
        // Not live: the next Validate starts it.
    }
}

// Reads the next block of rows (the main loop's turn).
void readBlock(PreRead& state) {
    // A command's own progress bar lets the main loop run: not now.
    if (commandRunning()) return;
    std::size_t index = 0;
    sal_Int32 first = 0;
    {
        std::lock_guard lock(state.mutex);
        if (state.ended || state.complete) return;
        while (state.sheet < state.workbook.sheets.size() && isOutputSheetName(state.workbook.sheets[state.sheet].name))
            ++state.sheet;
        if (state.sheet == state.workbook.sheets.size()) {
            finish(state);
            if (tracing())
                std::fprintf(stderr,
                             "huibao-trace pre-read: all input sheets read at %.3f, %d steps, longest %.1f ms\n",
                             monotonicSeconds(), state.steps, 1000 * state.longestStep);
            return;
        }
        index = state.sheet;
        first = state.row;
    }
    try {
        Reference<css::container::XIndexAccess> sheets(state.document->getSheets(), UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(sal_Int32(index)), UNO_QUERY_THROW);
        Watched area;
        {
            std::lock_guard lock(state.mutex);
            area = state.watched[index];
        }
        if (first == 0) {
            const auto used = usedAreaFromA1(sheet);
            area.readRow = used.EndRow;
            area.readColumn = used.EndColumn;
        }
        Pending block{index, first, std::min(area.readRow, first + kRowsPerStep - 1), area, {}};
        block.values = Reference<css::sheet::XCellRangeData>(
                           sheet->getCellRangeByPosition(0, first, area.readColumn, block.last), UNO_QUERY_THROW)
                           ->getDataArray();
        std::lock_guard lock(state.mutex);
        if (!state.ended) state.pending = std::move(block);
    } catch (...) {
        state.markAll(); // the first command reads the document itself
        state.end();
    }
}

void step(const std::shared_ptr<PreRead>& state) {
    const double start = monotonicSeconds();
    readBlock(*state);
    {
        std::lock_guard lock(state->mutex);
        state->longestStep = std::max(state->longestStep, monotonicSeconds() - start);
        ++state->steps;
    }
    stepOver(*state);
}

// Every sheet's name and protection still as recorded, and each input
// sheet's used area still inside what its row blocks hear and the same as
// when it was read (else that sheet is marked changed).
bool sheetsAsRecorded(PreRead& state, const std::vector<Watched>& watched, std::vector<char>& changed) {
    const auto& kept = state.workbook.sheets;
    Reference<css::container::XIndexAccess> sheets(state.document->getSheets(), UNO_QUERY_THROW);
    if (sheets->getCount() != sal_Int32(kept.size())) return false;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(sal_Int32(i)), UNO_QUERY_THROW);
        if (view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()) != kept[i].name ||
            Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->isProtected() != kept[i].isProtected)
            return false;
        if (isOutputSheetName(kept[i].name)) continue;
        const auto used = usedAreaFromA1(sheet);
        const auto& w = watched[i];
        if (used.EndRow > w.lastRow || used.EndColumn > w.lastColumn || used.EndRow != w.readRow ||
            used.EndColumn != w.readColumn)
            changed[i] = 1;
    }
    return true;
}

} // namespace

void startPreRead(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const Reference<css::uno::XComponentContext>& context) {
    try {
        Reference<css::container::XNameAccess> names(document->getSheets(), UNO_QUERY_THROW);
        if (!names->hasByName(toOUString(contract::kParametersSheet)) &&
            !names->hasByName(toOUString(contract::kTargetsSheet)))
            return;
        if (preReads().contains(document)) return;
        auto state = std::make_shared<PreRead>();
        state->document = document;
        state->async = css::awt::AsyncCallback::create(context);
        state->context = context;
        state->listener = new Listener(state);
        state->workbook.nullDate = nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY));
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        const sal_Int32 count = sheets->getCount();
        std::vector<sal_Int32> inputs;
        state->workbook.sheets.resize(count);
        state->watched.resize(count);
        state->changed.assign(count, 0);
        for (sal_Int32 i = 0; i < count; ++i) {
            Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
            auto& out = state->workbook.sheets[i];
            out.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
            out.isProtected = Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->isProtected();
            if (isOutputSheetName(out.name)) continue;
            inputs.push_back(i);
            // As RowBlocks covers it: the used area and one block below.
            const auto whole = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress();
            const auto used = usedAreaFromA1(sheet);
            state->watched[i].lastRow = std::min(whole.EndRow, used.EndRow + RowBlocks::kRows);
            state->watched[i].lastColumn = used.EndColumn;
        }
        Reference<css::util::XChangesNotifier> changes(document, UNO_QUERY_THROW);
        changes->addChangesListener(state->listener.get());
        Reference<css::document::XUndoManagerSupplier> undo(document, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->addUndoManagerListener(state->listener.get());
        state->blocks = std::make_unique<RowBlocks>(document, inputs, state->listener.get());
        preReads().put(document, state);
        if (tracing()) std::fprintf(stderr, "huibao-trace pre-read: started at %.3f\n", monotonicSeconds());
        pace(state);
    } catch (...) {
        // No pre-read: the first command reads the document itself.
    }
}

std::shared_ptr<LiveValidator> takePreRead(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                           const Date& today, std::vector<char>& readNow) {
    readNow.clear();
    auto state = preReads().take(document);
    if (!state) return nullptr;
    detach(*state);
    std::vector<char> changed;
    std::vector<Watched> watched;
    std::size_t readUpTo = 0; // sheets before this one are read in full
    bool complete = false;
    state->end();
    {
        std::lock_guard lock(state->mutex);
        if (state->allChanged) {
            if (tracing()) std::fprintf(stderr, "huibao-trace pre-read: dropped (a change naming no sheet)\n");
            return nullptr; // a running core thread finishes on its own: its future is waited for here
        }
        changed = state->changed;
        watched = state->watched;
        readUpTo = state->sheet;
        complete = state->complete;
    }
    try {
        Workbook workbook;
        if (complete) {
            // The sheet names and areas are checked against the workbook the core holds.
            auto validator = state->validated.get();
            state->workbook.sheets.clear();
            for (const auto& sheet : validator->workbook().sheets)
                state->workbook.sheets.push_back(Sheet{sheet.name, {}, sheet.isProtected});
            if (!sheetsAsRecorded(*state, watched, changed)) return nullptr;
            if (std::none_of(changed.begin(), changed.end(), [](char c) { return c != 0; })) {
                if (tracing()) std::fprintf(stderr, "huibao-trace pre-read: used as validated\n");
                return validator;
            }
            workbook = validator->releaseWorkbook();
        } else {
            if (!sheetsAsRecorded(*state, watched, changed)) return nullptr;
            for (std::size_t i = readUpTo; i < changed.size(); ++i) changed[i] = 1; // not (fully) read yet
            workbook = std::move(state->workbook);
        }
        readSheets(document, workbook, changed);
        readNow = changed;
        const auto reread = std::count(changed.begin(), changed.end(), 1);
        if (tracing())
            std::fprintf(stderr, "huibao-trace pre-read: used, %d sheets read again (%s)\n", int(reread),
                         complete ? "complete" : "partial");
        return std::make_shared<LiveValidator>(std::move(workbook), today);
    } catch (...) {
        return nullptr;
    }
}

void dropPreRead(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    if (auto state = preReads().take(document)) {
        detach(*state);
        state->end();
    }
}

} // namespace huibao::uno
