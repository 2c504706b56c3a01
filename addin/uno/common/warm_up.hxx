// Loads what the first command of a session needs (ICU's Traditional-Simplified
// rules, the character key table) on a background thread as soon as Huibao is
// loaded, while the officer is still looking at the document.
#pragma once

namespace huibao::uno {

// Starts the warm-up once per process; returns at once.
void warmUpInBackground() noexcept;

} // namespace huibao::uno
