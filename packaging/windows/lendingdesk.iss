; Inno Setup 6.3+ script: the LendingDesk installer for Windows desk PCs.
;
; Build on Windows after `py packaging\build.py` (which runs this for you when iscc is on
; PATH), or by hand from the project folder:
;     iscc /DAppVersion=x.y.z packaging\windows\lendingdesk.iss
; The version is never written here: build.py passes lendingdesk.__version__ as AppVersion.
;
; What it does:
; - installs for the current user only, no administrator rights:  %LOCALAPPDATA%\Programs\LendingDesk
;   (IT can install for all users with  /ALLUSERS  on the command line)
; - a Start-menu entry, optionally a desktop icon; Dutch and English
; - the data (%APPDATA%\LendingDesk: the database and its backups) is made by LendingDesk
;   itself and survives upgrades and uninstalls, unless the user answers "Yes" to removing it
;   (silent uninstall: only with /REMOVEDATA).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\lendingdesk.iss (packaging\build.py does this)
#endif

#define AppName "LendingDesk"
#define AppExe "LendingDesk.exe"
#define SourceRoot AddBackslash(SourcePath) + "..\.."
#define BundleDir SourceRoot + "\dist\LendingDesk"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{C2DB56A1-69AC-4521-8AFE-E09F8DD1B65E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LendingDesk
; Per-user mode: {autopf} is %LOCALAPPDATA%\Programs (admin mode: Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourceRoot}\dist
OutputBaseFilename=LendingDesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourceRoot}\resources\icons\lendingdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; A desk that is still open is closed (with its permission) before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.AppComment=Uitleenbalie voor zorgtechnologie
en.AppComment=Lending desk for care technology
nl.RemoveDataQuestion=Wilt u ook uw gegevens verwijderen?%n%nDat zijn de database met alle uitleningen, items en leners, en de reservekopieën, in:%n%1%n%nKies Nee om ze te bewaren (aanbevolen): als u LendingDesk later opnieuw installeert, staat alles weer klaar.
en.RemoveDataQuestion=Do you also want to remove your data?%n%nThat is the database with every loan, item and borrower, and its backups, in:%n%1%n%nChoose No to keep them (recommended): when you install LendingDesk again, everything is back.
nl.RemoveDataFailed=Niet alles in %1 kon worden verwijderd. Sluit LendingDesk en verwijder de map daarna zelf.
en.RemoveDataFailed=Not everything in %1 could be removed. Close LendingDesk, then delete the folder yourself.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python caches written next to the migrations at run time.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  RemoveData: Boolean;

{ The folder LendingDesk keeps its database and backups in (platformdirs, roaming). }
function DataDir(): String;
begin
  Result := ExpandConstant('{userappdata}\LendingDesk');
end;

function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    { Keeping the data is the default: "No" is the default button, and a silent uninstall
      (IT) removes data only when asked with /REMOVEDATA. }
    RemoveData := False;
    if DirExists(DataDir()) then
    begin
      if UninstallSilent() then
        RemoveData := HasSwitch('/REMOVEDATA')
      else
        RemoveData := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir()]),
          mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    end;
  end;
  if (CurUninstallStep = usPostUninstall) and RemoveData then
  begin
    if not DelTree(DataDir(), True, True, True) then
    begin
      Log('Could not remove ' + DataDir());
      if not UninstallSilent() then
        MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [DataDir()]), mbError, MB_OK);
    end;
  end;
end;
