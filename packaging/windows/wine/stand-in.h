/* Included by every stand-in DLL of the Wine test harness. The exported marker lets
 * packaging/windows/check-contents.sh prove that no stand-in went into a bundle, whatever it
 * is named there. */
__declspec(dllexport) const char intakecompanion_wine_test_stand_in[] =
    "Intake Companion Wine test-harness stand-in: never ship this DLL";
