; NSIS 3 script: the per-user Windows installer for the PyInstaller bundle.
; Built by `make package-windows` (packaging/windows/package.sh) with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist/windows/intakecompanion \
;            -DOUTFILE=dist/intakecompanion-0.1.0-windows-x64-setup.exe packaging/windows/intakecompanion.nsi
; No administrator rights: it installs into %LOCALAPPDATA%\Programs\Intake Companion, adds a
; Start-menu entry and an entry in Windows' "Apps" list, all for the current user only.
; Silent: setup.exe /S [/D=folder]; uninstall.exe /S keeps the coach's data, /S /REMOVEDATA
; removes it too. See packaging/README.md.

Unicode true
Target amd64-unicode  ; the program is x64 only; a 64-bit installer sees the real registry

!macro REQUIRE NAME
  !ifndef ${NAME}
    !error "Pass -DVERSION=x.y.z -DBUNDLE=<the one-folder bundle> -DOUTFILE=<setup.exe>"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE BUNDLE
!insertmacro REQUIRE OUTFILE

!define APP_ID "org.intakecompanion.IntakeCompanion"
!define APP_NAME "Intake Companion"
!define APP_EXE "intakecompanion.exe"
!define CLI_EXE "intakecompanion-cli.exe"
!define PUBLISHER "Intake Companion developers"
; Where the program keeps the vault, key file, settings and logs (platformdirs' user data
; folder for the application name "IntakeCompanion"): the coach's data, not the program's.
!define DATA_DIR "$LOCALAPPDATA\IntakeCompanion"
; The id names the uninstall entry; never change it, or upgrades install beside the old version.
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID /FINAL lzma
SetCompressorDictSize 64
ManifestDPIAware true
ManifestSupportedOS Win10
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "intakecompanion.ico"
!define MUI_UNICON "intakecompanion.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; English first: the language when Windows speaks neither; Dutch when Windows speaks Dutch.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"

LangString RunningText ${LANG_ENGLISH} "${APP_NAME} is open. Close it (lock the vault and quit), then choose Retry."
LangString RunningText ${LANG_DUTCH} "${APP_NAME} is open. Sluit het programma (vergrendel de kluis en sluit af) en kies dan Opnieuw."
LangString DataTitle ${LANG_ENGLISH} "Your vault"
LangString DataTitle ${LANG_DUTCH} "Je kluis"
LangString DataSubtitle ${LANG_ENGLISH} "The client records stay unless you choose otherwise."
LangString DataSubtitle ${LANG_DUTCH} "De dossiers blijven bewaard, tenzij je anders kiest."
LangString DataText ${LANG_ENGLISH} "Removing the program keeps your encrypted vault, its key file and your settings in$\r$\n${DATA_DIR}$\r$\nso that a new installation opens them again. Backups you made elsewhere are never touched."
LangString DataText ${LANG_DUTCH} "Het programma verwijderen laat je versleutelde kluis, het sleutelbestand en je instellingen staan in$\r$\n${DATA_DIR}$\r$\nzodat een nieuwe installatie ze weer opent. Back-ups die je elders maakte, blijven altijd staan."
LangString DataRemove ${LANG_ENGLISH} "Also delete my vault and settings from this computer (the client records in it are then gone for good)"
LangString DataRemove ${LANG_DUTCH} "Verwijder ook mijn kluis en instellingen van deze computer (de dossiers erin zijn dan voorgoed weg)"
LangString DataConfirm ${LANG_ENGLISH} "Delete the vault with all client records in ${DATA_DIR}? This cannot be undone."
LangString DataConfirm ${LANG_DUTCH} "De kluis met alle dossiers in ${DATA_DIR} verwijderen? Dit kan niet ongedaan worden."
LangString DataKept ${LANG_ENGLISH} "Your vault and settings are kept in ${DATA_DIR}."
LangString DataKept ${LANG_DUTCH} "Je kluis en instellingen blijven bewaard in ${DATA_DIR}."

; A running program holds its .exe open; Windows refuses to open it for writing then. So the
; installer (an upgrade) and the uninstaller ask the coach to close it first.
!macro WAIT_UNTIL_CLOSED
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\${APP_EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RunningText)" /SD IDCANCEL IDRETRY +2
        Quit
    ${Loop}
  ${EndIf}
!macroend

Section "-Program"
  !insertmacro WAIT_UNTIL_CLOSED
  ; An upgrade replaces the program's folder, so no file of an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

; --- uninstaller --------------------------------------------------------------------------

Var RemoveData   ; 1: delete DATA_DIR as well (ticked and confirmed, or /REMOVEDATA when silent)
Var RemoveBox

Function un.onInit
  StrCpy $RemoveData 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
  ${AndIf} ${Silent}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 60u "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 70u 100% 24u "$(DataRemove)"
  Pop $RemoveBox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveBox $0
  StrCpy $RemoveData 0
  ${If} $0 == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES confirmed
    ${NSD_Uncheck} $RemoveBox
    Abort  ; stay on the page, the box no longer ticked
    confirmed:
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $RemoveData == 1
    RMDir /r "${DATA_DIR}"
  ${Else}
    DetailPrint "$(DataKept)"
  ${EndIf}
SectionEnd
