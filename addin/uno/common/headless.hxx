// Whether LibreOffice runs without a user in front of it (--headless): no
// picker or message box can be answered, even for a document loaded visible.
#pragma once

namespace huibao::uno {

bool runsHeadless();

} // namespace huibao::uno
