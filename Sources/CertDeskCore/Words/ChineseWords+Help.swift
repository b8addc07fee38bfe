/// The commands' help in Traditional Chinese (臺灣正體), in the words the regional plan and the
/// rest of the interface use (事件、等級、時限、處理手冊、證據、保管鏈、值勤台、機關、通報).
/// Option names, values, ids and the examples stay as they are typed. Every entry is declared in
/// `HelpWords`.
extension ChineseWords {
    public func abstract(_ command: HelpCommand) -> String {
        switch command {
        case .certdesk: "區域資安應變小組的值勤台：管理事件、法定時限、處理手冊與證據。"
        case .console: "開啟值勤台的全螢幕主控台；只輸入 certdesk 也會開啟。"
        case .ingest: "匯入 SOC 事件單、機關通報與 STIX 2.1 bundle。"
        case .list: "列出未結案的事件，最需要先處理的排在最上面。"
        case .show: "顯示單一事件的詳情：基本資料、等級依據、法定時限、威脅指標與歷程。"
        case .level: "設定事件等級（第 1 至 4 級），並記錄理由。"
        case .classify: "依機密性、完整性、可用性影響與資產類別試算等級並說明，不做任何紀錄。"
        case .phase: "將事件移至 SP 800-61 的另一個處理階段。"
        case .note: "在事件紀錄中新增備註。"
        case .assign: "指派事件的承辦人，或以 --nobody 取消指派。"
        case .clocks: "列出值勤台上所有法定時限，最早到期者排在最前面。"
        case .meet: "登錄法定時限已完成，以及實際完成的時間。"
        case .waive: "免除不適用的法定時限，並記錄理由。"
        case .steps: "依階段顯示事件的處理手冊檢核清單，並標示下一步。"
        case .step: "登錄處理手冊的步驟已完成或略過。"
        case .category: "變更事件類別，處理手冊隨之更換。"
        case .playbook: "檢查事件處理手冊。"
        case .playbookLint: "檢查處理手冊檔案：格式、中英文翻譯、步驟編號、時限種類、SP 800-61 項目與 CSF 標籤。"
        case .evidence: "管理證據登錄：雜湊證據庫中的檔案、實體物品、保管鏈與保存期限。"
        case .evidenceAdd: "登錄證據：將檔案複製進證據庫，或登錄實體物品。"
        case .evidenceList: "列出單一事件或整個值勤台的證據清單。"
        case .evidenceShow: "顯示單一證據的完整明細與保管鏈。"
        case .evidenceTransfer: "將證據移交給另一位保管人。"
        case .evidenceCheckout: "借出證據進行作業；以 evidence checkin 歸還。"
        case .evidenceCheckin: "將借出的證據歸還保管。"
        case .evidenceHold: "將證據列為保全：解除保全前不得銷毀。"
        case .evidenceRelease: "解除證據的保全。"
        case .evidenceVerify: "重新計算證據庫檔案的雜湊值，並與登錄紀錄比對。"
        case .evidenceDue: "列出保存期限已屆滿或將於指定期間內屆滿、可以銷毀的證據。"
        case .evidenceDispose: "銷毀保存期限已屆滿的證據：刪除檔案，保留銷毀紀錄。"
        case .evidenceTidy: "清除證據庫中沒有任何有效證據對應的檔案（中斷的登錄或銷毀所遺留）。"
        case .policy: "顯示決定法定時限的時限政策。"
        case .policyShow: "逐列顯示本值勤台所屬區域現行的時限政策，以及每列的法規依據。"
        case .config: "顯示目前生效的設定值與其來源。"
        case .configShow: "列出每個生效的設定值及其來源：命令選項、環境變數、設定檔（含行號）或預設值。"
        case .shift: "開班、結束與檢視值勤台的班次。"
        case .shiftStart: "開班：指定的人員開始值班。"
        case .shiftEnd: "結束目前班次，無人接班（停止值勤）。"
        case .shiftList: "列出所有班次：值班人員、時間、紀要與交接情形。"
        case .shiftShow: "印出班次交接時的報告，並核對摘要。"
        case .handover: "交接班：交接報告、提出交接與簽收。"
        case .handoverRemark: "在交接報告中加入交班人員的說明。"
        case .handoverShow: "印出目前班次的交接報告。"
        case .handoverOffer: "提出交接報告，待接班人員簽收。"
        case .handoverAccept: "簽收交接：交班班次結束，您的班次開始。"
        case .verify: "驗證日誌的雜湊鏈，由日誌重建所有投影資料，並重新計算證據庫的雜湊值。"
        case .demo: "在空的值勤台填入擬真的中彰投區域示範事件（機關名稱為真，人員為虛構）。"
        case .replay: "在主控台逐筆重播值勤台當時的原貌（唯讀）。"
        case .drill: "以虛擬時鐘進行的腳本演練，每次演練使用獨立平台，並產生演練檢討報告。"
        case .drillLint: "檢查演練情境檔：格式、中英文翻譯、時間差、ref、事件單欄位與期望步驟。"
        case .drillRun: "在獨立平台上進行演練：於主控台依倍速播放，或以無畫面方式執行腳本動作。"
        case .drillList: "列出此值勤台旁保存的歷次演練。"
        case .drillReport: "演練檢討報告：逐項判定期望之法定時限與步驟，附時序與成績。"
        case .agencies: "機關名冊（CI 提供者）：各機關的通知對象與通知方式。"
        case .agenciesImport: "自 CSV 或 YAML 檔匯入機關名冊，整批一次完成。"
        case .agenciesList: "列出名冊中的機關及其第一位聯絡人與通知方式。"
        case .agenciesShow: "顯示單一機關：責任等級及每位資安事件聯絡人員與依序的通知方式。"
        case .notify: "依聯絡人員或 N-CERT 指定的方式通知，或登錄已撥打的電話；重送失敗的通知。"
        case .notifications: "列出事件的通知紀錄，或全案待送與失敗的通知。"
        case .reentry: "登錄以其他方式通報者已於通報平臺補登。"
        case .report: "月報與事件調查報告，皆由紀錄簿產製。"
        case .reportMonthly: "本月一覽：事件、法定時限、處理時間、入侵指標與趨勢。"
        case .reportIncident: "事件之調查、處理及改善報告。"
        case .export: "與 SOC、ISAC 及 N-CERT 分享之資料。"
        case .exportStix: "以 STIX 2.1 bundle 匯出事件，含入侵指標與 TLP 標記。"
        case .exportBlocklist: "將已確認事件之入侵指標匯出為阻擋清單，供機關 UTM 使用。"
        case .exportCase: "將事件整理為案例宣導，並替換可識別資訊。"
        case .taxii: "以 TAXII 2.1 與 SOC、ISAC 及 N-CERT 交換 STIX 情資。"
        case .taxiiPull: "匯入 TAXII 集合自上次取回後新增之內容。"
        case .taxiiPush: "將事件以 STIX 2.1 物件送至 TAXII 集合。"
        }
    }

    public func paragraphs(_ command: HelpCommand) -> [String] {
        switch command {
        case .certdesk:
            [
                "不加命令執行時，certdesk 會開啟全螢幕主控台（certdesk console）。每項變更都是一筆寫入雜湊鏈結、只能附加之日誌的事件，值勤台顯示的一切都由日誌重建，因此事後可用 certdesk verify 證明紀錄未遭修改。",
                "值勤台選項（--db、--actor、--lang、--playbooks、--region、--create）可寫在命令之前或之後：certdesk --db PATH list 等同 certdesk list --db PATH。事件與證據編號大小寫皆可。",
                "資料庫依序為 --db PATH、$CERTDESK_DB、設定檔（$XDG_CONFIG_HOME/certdesk/config.yaml，預設 ~/.config/certdesk/config.yaml）的 database:，最後為 $XDG_DATA_HOME/certdesk/certdesk.sqlite（預設 ~/.local/share/certdesk/）。證據庫是資料庫旁副檔名為 .vault 的資料夾，備份時請一併備份。",
                "「現在」在設定 $CERTDESK_NOW（ISO 8601）時以其為準，否則依系統時鐘。時間以 UTC 儲存，除非設定 TZ，否則以 Asia/Taipei 時間顯示；--json 輸出 UTC。",
                "介面語言依序為 --lang、設定檔的 language:、語系（LC_ALL、LC_MESSAGES、LANG：zh 開頭的語系為繁體中文），否則為英文。certdesk config show 會列出每個生效的設定值及其來源。",
                "結束狀態：0 完成；1 檢查發現問題；2 ingest --strict 遇到不含事件的輸入；64 用法錯誤；65 輸入資料有誤或變更遭拒；66 輸入檔案不存在或無法讀取，或指定的路徑沒有值勤台；69 沒有可供主控台使用的終端機；73 無法建立或開啟資料庫；74 無法寫入資料庫或證據庫（磁碟已滿、檔案大小上限），或無法讀取證據庫；75 值勤台忙碌中，請再執行一次。",
            ]
        case .console:
            [
                "佇列列出所有未結案的事件，最需要先處理的排在最上面；標題列顯示下一個即將逾期的時限，以及已逾期的事件數。按鍵沿用 tig、htop、lazygit 的習慣：j/k 移動、Enter 開啟事件、Esc 返回、/ 篩選、: 開啟命令列、? 列出所有按鍵、q 離開。",
                "--theme 選擇配色：default、high-contrast、monochrome、night-watch（較暗，適合夜班），或主題檔的路徑；未指定時依 $CERTDESK_THEME，再依設定檔的 theme:。設定 NO_COLOR 時為單色畫面，仍以符號標示緊急程度（✖ 逾期、▲ 警示、● 計時中）。",
                "--demo 會在獨立的檔案（正式值勤台旁的 demo.sqlite）開啟全新的中彰投區域示範值勤台；若指定 --db 則使用該檔案，且僅在它本身就是示範值勤台時才會覆蓋。",
                "主控台需要至少 80×24 的終端機；沒有終端機時會說明原因並以狀態 69 結束，其他命令仍可照常使用。",
            ]
        case .ingest:
            [
                "每個 FILE（或以 - 表示標準輸入）可以是 JSON 物件、JSON 陣列或 JSON Lines 格式的事件單，或 STIX 2.1 bundle。事件單須有 id、title、category、agency 與 aware_at（機關知悉時間，1 小時通報時限由此起算）；時間採含時區的 ISO 8601。",
                "每個檔案是一筆交易：有誤的檔案不會寫入任何資料，錯誤訊息會指出檔案、行號、欄位與原因（結束狀態 65）。來源編號已在值勤台上者視為重複並略過。最後一行在各語言皆為「ingested N, duplicates M」，方便程式判讀。",
                "輸入中沒有任何事件時（空檔、只有空白、[] 或不含事件的 bundle），會在標準錯誤輸出說明；加上 --strict 時結束狀態為 2。標準輸入與管線邊讀邊處理；單次輸入最多 max_input（--max-input、CERTDESK_MAX_INPUT 或設定檔；未設定為 256M），超過即拒收，結束狀態 65，不寫入任何資料。記錄途中磁碟已滿或達到檔案大小上限（ulimit -f）時，該檔案的資料全部不記錄，結束狀態 74。",
            ]
        case .list:
            [
                "排序與主控台相同：正式事件排在演練之前；其次是下一個時限將於 24 小時內到期或逾期未滿 24 小時的事件，依序為第 3–4 級、未分級、第 1–2 級；再來是較晚到期的時限；然後是逾期超過 24 小時的時限；最後是沒有時限在計時的事件。同一組內以最早到期的時限優先。",
                "每列開頭為下一個時限的剩餘時間（或以 - 表示逾期多久）及其時限種類。--all 一併列出已結案的事件；--json 輸出所有欄位，時間為 UTC；--as-of 時刻 依日誌列出當時的值勤台，與當時印出的內容完全相同。",
                "--filter 文字、--sort 排序與 --limit N 與主控台的佇列相同：certdesk list --limit 50 即佇列最前面 50 件，無論值勤台多大都直接由佇列索引讀出。各列邊讀邊印，欄寬依各欄最長可能的值而定。",
            ]
        case .show:
            [
                "時間以當地時間顯示到秒（除非設定 TZ，否則為 Asia/Taipei）；--json 以 UTC 輸出。每個時限都會顯示起算時間、到期時間，以及剩餘時間、逾期多久或辦理結果。",
            ]
        case .level:
            [
                "可直接指定等級，或提供機密性、完整性、可用性影響及受影響的資產類別：此時依資通安全事件通報及應變辦法第 2 條判定等級，並列出判定理由。兩者都提供時，以您指定的等級記錄，並說明依事實應為第幾級。",
                "變更等級時會重新推導時限：原本不適用的時限自此刻起算，原本適用的改採新的期限（可能提早到期），不再適用的予以免除，並開始一個 renotify 時限（1 小時內續報等級變更）。理由記入日誌，供審核使用。",
            ]
        case .classify:
            [
                "等級取三項影響中最嚴重者，每項都依受影響的資產類別判定（資通安全事件通報及應變辦法第 2 條）；每項理由會說明符合哪一條規則，以及該條文的查證程度。可在執行 certdesk level 之前，或與機關通電話時使用。",
            ]
        case .phase:
            [
                "離開某個階段時，若該階段仍有必要的處理手冊步驟未完成，須以 --override 提供理由；日誌會記下理由及未完成的步驟。結案時若仍有法定時限在計時，也須使用 --override，每個計時中的時限會以該理由免除，各自記為一筆日誌事件。",
                "已結案事件的等級不能變更，須先移回其他階段；其證據的保存期限自結案起算。",
            ]
        case .note:
            [
                "記錄事實而非意見，並附上發生時間（SP 800-61 r2 §3.2.5）：聯絡了誰、看到什麼、做了什麼。多個字詞會以空格連接；以引號括住備註即可保留原樣。",
            ]
        case .assign:
            [
                "承辦人以值勤台慣用的寫法記錄，可以是個人或團隊；較寬的主控台會在佇列中顯示。certdesk assign ID --nobody 可取消指派。",
            ]
        case .clocks:
            [
                "列出計時中與已逾期的時限，並顯示剩餘時間或逾期多久（✖ 逾期、▲ 警示、● 計時中）；--all 一併列出已完成與已免除的時限；--as-of 時刻 列出當時的時限，並以當時判定狀態（當時已逾期者）。--filter 文字 只列出主控台篩選會顯示之事件的時限；--limit N 只列出前 N 個。",
                "期限依現行的時限政策而定（certdesk policy show）。依預設政策：report-platform（通報）於知悉後 1 小時內；第 3–4 級另有 notify-agency-contact（60 分鐘內通報聯絡人員）、ncert-escalation（1 小時內逐層上報 N-CERT）與 on-site（8 小時內到場）；review（審核）8 小時內，第 3–4 級 2 小時內，forward-review 於審核後 1 小時內轉報；damage-control（損害控制或復原）72 小時內，第 3–4 級 36 小時內；investigation-report（調查報告）於損害控制後 1 個月內；每次變更等級後 1 小時內以 renotify 續報。",
            ]
        case .meet:
            [
                "--at 記錄實際發生的時間，可早於現在，但不得早於時限起算時間：now、HH:MM（最近一次的該時刻，例如 00:10 輸入 23:30 即為昨晚）、當地時間 YYYY-MM-DD HH:MM，或含時區的 ISO 8601。日誌同時保留實際發生時間與登錄時間。",
                "完成此時限的處理手冊步驟會同時標示為完成，不必重複登錄。到期後才完成的時限記為逾期完成。",
            ]
        case .waive:
            [
                "免除理由與免除者都會記入日誌，原本完成此時限的處理手冊步驟也會以同一理由略過。等級變更後不再適用的時限，由值勤台自動免除。",
            ]
        case .steps:
            [
                "檢核清單取自事件類別的處理手冊，版本為事件開立或變更類別時所採用者。每個步驟會標示是否必要、由誰執行（一線駐點人員、二線協力廠商／SOC、三線 ISAC 鑑識、輪值指揮官）、應產出的證據及完成的法定時限；最後附上下一步的說明。",
                "以 certdesk step 加上此處列出的步驟編號登錄步驟。",
            ]
        case .step:
            [
                "certdesk step ID STEP done [--at TIME] [--note TEXT] 登錄步驟完成；與法定時限相連的步驟會以相同的實際時間一併完成該時限。certdesk step ID STEP skip --reason TEXT 略過步驟，理由記入日誌。",
                "STEP 為事件處理手冊中的步驟編號，見 certdesk steps 的清單；--at 的寫法與 certdesk meet 相同。",
            ]
        case .category:
            [
                "自此刻起，事件改依新類別現行版本的處理手冊處理；已登錄的步驟仍保留在日誌中。沒有專屬處理手冊的類別（spam、other）使用通用處理手冊。",
            ]
        case .playbook:
            [
                "每個事件類別各有一份處理手冊（ransomware、ddos、defacement、data-leak、unauthorized-access、malware-outbreak、c2-beacon、phishing），其餘類別使用通用處理手冊；每份都是 YAML 檔，步驟以中英文撰寫。檔案有誤不會讓值勤台停擺：該類別改用通用處理手冊，並顯示問題所在。",
            ]
        case .playbookLint:
            [
                "未指定 PATH 時，檢查現行的所有處理手冊，來源依序為 --playbooks、$CERTDESK_PLAYBOOKS 或設定檔所指的資料夾，否則為 ~/.config/certdesk/playbooks、安裝位置與內建版本中最先找到者，並說明使用哪一份。每個問題都會附上檔案與行號；有任何問題時結束狀態為 1。",
            ]
        case .evidence:
            [
                "檔案會複製進資料庫旁的證據庫（desk.sqlite 的檔案存放於 desk.vault/），複製時同步計算 SHA-256，並以雜湊值為名唯讀保存；相同內容只存一份。實體與紙本物品登錄時須註明存放位置。每次移交都記錄經手人、時間、目的與存放地點（SP 800-61 r2 §3.3.2）。",
                "保存期限自事件結案起算：中彰投區域 3 年，高雄區域至少 1 年（見時限政策檔的 evidence_retention）。證據須在保存期限屆滿、未列保全且未借出時才可銷毀；日誌會保留含雜湊值的銷毀紀錄。",
                "證據編號為事件編號加上序號，例如 TCN-2026-0001-E01。",
            ]
        case .evidenceAdd:
            [
                "檔案只讀取一次，複製進證據庫時同步計算 SHA-256，寫入磁碟後才登錄；完成後顯示證據編號、雜湊值與大小。--kind 說明證據種類；--collected-by 預設為您，--acquired-at 預設為現在（不得晚於現在）。",
                "實體或紙本物品不提供檔案，改以 --physical TEXT（物品說明）與 --location TEXT（存放位置）登錄，種類為 physical。",
            ]
        case .evidenceList:
            [
                "每筆證據顯示種類、保管人、存放位置，以及保存期限（自事件結案起算）或保全狀態。--all 一併列出已銷毀的證據及其銷毀紀錄。",
            ]
        case .evidenceShow:
            [
                "保管鏈列出自蒐集起的每一位保管人，以及時間（含時區）、目的與存放位置；檔案另顯示 SHA-256 與大小。",
            ]
        case .evidenceTransfer:
            [
                "保管鏈會記錄接收人、時間（--at，預設為現在）、移交目的，以及此後的存放位置（--location，未指定則不變）。",
            ]
        case .evidenceCheckout:
            [
                "借出期間，證據不得銷毀，也不能再次借出；歸還時以 certdesk evidence checkin 登錄。",
            ]
        case .evidenceCheckin:
            [
                "--to 為收回保管的人（預設為您），--note 記錄歸還時的狀態，--location 為此後的存放位置。",
            ]
        case .evidenceHold:
            [
                "保全用於地檢署函請保全、訴訟進行中或稽核：效力不受保存期限影響，certdesk evidence due 會標示保全中的證據。以 certdesk evidence release 解除。",
            ]
        case .evidenceRelease:
            [
                "解除保全後，證據於保存期限屆滿時即可銷毀；保全與解除的紀錄都保留在保管鏈中。",
            ]
        case .evidenceVerify:
            [
                "指定一個證據編號，或以 --all 驗證所有證據並清點證據庫中的每個檔案（會指出中斷的登錄所遺留的檔案）。所有檔案相符時顯示 ok 並以狀態 0 結束；否則列出每筆有疑慮的證據，並以狀態 1 結束。",
            ]
        case .evidenceDue:
            [
                "只有已結案事件的證據才會屆滿。--within 以數字加單位往後預看：12h、30d、3 months 或 1 year（含空格時請加引號）。保全中的證據會另行標示：解除保全前不得銷毀。",
            ]
        case .evidenceDispose:
            [
                "保存期限未屆滿、事件尚未結案，或證據保全中、借出中時，都會拒絕銷毀。除非另有有效證據的內容相同，否則檔案會被刪除；日誌保留雜湊值、大小、執行者、時間與理由。",
            ]
        case .evidenceTidy:
            [
                "certdesk verify 與 certdesk evidence verify --all 會指出這類檔案；tidy 會移除並列出每個路徑。仍有證據對應的檔案絕不會被刪除。",
            ]
        case .policy:
            [
                "預設政策為我國資通安全事件通報規定加上區域聯防計畫。各區域以自己的政策檔（處理手冊 policies 資料夾中的 tcn.yaml、khh.yaml）延伸預設政策並修改其中幾列；certdesk policy show 會標示被修改的列。",
            ]
        case .policyShow:
            [
                "每列列出時限種類、適用等級、起算點、期限（各等級不同時分列）及開始警示的時間；區域政策檔修改過的列會另行標示。第一行說明現行規則的來源及原因。",
            ]
        case .config:
            [
                "設定檔為 $XDG_CONFIG_HOME/certdesk/config.yaml（預設 ~/.config/certdesk/config.yaml），可設定 database、region、language、theme、actor、bell 與 playbooks。遇到不認識的鍵或超出範圍的值時，所有命令都會停止，並指出檔案、行號與鍵名。",
            ]
        case .configShow:
            [
                "命令選項優先於環境變數，環境變數優先於設定檔，設定檔優先於預設值，呈現方式如同 git config --show-origin。第一行列出設定檔路徑及其是否存在。",
                "其後列出已設定的通知設定（mail.、sms.、ncert.），密碼一律顯示為 ••••••。",
            ]
        case .shift:
            [
                "同一時間只有一個班次值班。班次以交接（certdesk handover offer，再 certdesk handover accept）傳給下一位人員，每一步都是日誌事件，檢視時可證明每個時刻由誰值班。",
            ]
        case .shiftStart:
            [
                "--officer 預設為操作者。仍有班次值班時會被拒絕：請先交接，或以 --force 理由 強制開班，原班次即未經交接結束，並於檢視時標示。",
            ]
        case .shiftEnd:
            [
                "無人值班期間記錄的事件仍會接受；certdesk shift list 會將其計為班次以外的事件。",
            ]
        case .shiftList:
            [
                "每個班次的值班人員、開始與結束時間、事件數、新開與結案事件、逾期時限，以及交接情形：何時提出、由誰於何時簽收；等候超過政策的 handover_accept_within 或未經交接即結束者會標示。",
            ]
        case .shiftShow:
            [
                "報告依日誌重建至提出交接時涵蓋的那一筆；標準輸出與當時交接的內容逐位元組相同。標準錯誤接著顯示 digest ok，或在日誌已無法得出簽收的摘要時顯示 digest MISMATCH（結束代碼 1）。",
            ]
        case .handover:
            [
                "報告依緊急程度列出處理中事件、已逾期與預看範圍內到期的時限、本班依事件分組的處置紀錄、保管中、借出或法律保全中的證據，以及交接說明；摘要為其標準 JSON 的 SHA-256，兩種語言相同。",
            ]
        case .handoverRemark:
            [
                "交接說明是目前班次的日誌事件，會列入該班的報告。",
            ]
        case .handoverShow:
            [
                "提出交接後，印出的是提出的報告；之前則是值勤台目前狀態的草稿。Markdown 以日誌末筆與日後可證明它的 certdesk verify --anchor 指令結尾。",
            ]
        case .handoverOffer:
            [
                "記錄報告的摘要與其涵蓋的日誌筆數。之後若再有紀錄，報告即改變，簽收會被拒絕，直到重新提出交接。",
            ]
        case .handoverAccept:
            [
                "--officer 預設為操作者。報告依日誌重建，其摘要必須與提出時相同；提出後若又有紀錄，簽收會被拒絕，並說明筆數與涉及的事件。",
            ]
        case .verify:
            [
                "一切無誤時顯示 ok 並以狀態 0 結束；否則指出第一個有問題的 seq、投影資料或證據，並以狀態 1 結束。任何對既有日誌列、投影資料或證據庫檔案的修改都會被發現。",
                "若日誌末端的紀錄遭刪除，雜湊鏈仍完整但變短；--anchor SEQ:HASH 以保存在本機之外的某一列 seq 與雜湊值（列印或寄出的報告、工單）證明日誌仍含有該列、雜湊值相同，且其之前的雜湊鏈未遭更動。",
            ]
        case .demo:
            [
                "已有事件的值勤台會拒絕建立示範資料，以免正式值勤台混入示範資料：請以 --db 指定新檔案。若要在獨立的檔案開啟全新的示範值勤台，請改用 certdesk console --demo。",
            ]
        case .replay:
            [
                "主控台呈現日誌在重播時間點的原貌：佇列、事件詳情分頁與法定時限（依當時判定），與值勤時使用相同的繪製程式，並在 REPLAY 橫幅顯示重播時間。重播不能記錄任何事項；記錄類按鍵會提示唯讀。",
                "空白鍵播放或暫停（速度為實際時間的 --speed 倍，預設 60；+ 與 - 調整），→ 與 ← 逐筆前進或後退，] 與 [ 為所選事件的下一筆與上一筆，t 跳至某時間（HH:MM 為重播當日，或 YYYY-MM-DD HH:MM），g 與 G 回到起點與終點。--incident 重播該事件從開案到最後一筆日誌的期間。",
                "--drill RUN 重播一次演練的獨立平台（certdesk drill list 列出歷次演練；last 為最近一次），供演練檢討使用。",
            ]
        case .drill:
            [
                "演練情境（playbooks/drills/*.yaml，格式見 playbooks/drills/README.md）依距開始之時間差安排到達值勤台的狀況：事件單、機關來電、演練管制組改判等級、新增情資指標、N-CERT 要求更新進度、通報平台無法使用。每次演練使用獨立平台（正式值勤台旁之 drills/<run>.sqlite），絕不開啟正式值勤台；所有事件皆為演練。",
            ]
        case .drillLint:
            [
                "未指定路徑時檢查所有使用中的演練情境（處理手冊資料夾的 drills/，或內建情境）。每則問題格式為 檔案:行: 欄位: 原因；有任何問題即以狀態碼 1 結束。",
            ]
        case .drillRun:
            [
                "NAME 為使用中的情境名稱（名稱有誤時會列出現有情境）；以 .yaml 結尾的路徑則讀取該檔。首先印出演練代號。",
                "在主控台中，虛擬時鐘自情境開始時間起以實際時間的 --speed 倍（預設 60）前進：空白鍵暫停，+ 與 - 調整速度，狀況依演練時間如一般匯入般到達，值勤人員如平日值勤般處理，畫面顯示「演練 EXERCISE」橫幅。",
                "--headless 以無畫面方式儘速完成整場演練；--actions FILE 於各時間差執行腳本值勤人員的指令（+HH:MM 後接 certdesk 之後的指令，{ref} 代表該事件單之事件），每則皆以本程式執行並將時間固定於該時間差。檔案會先行檢查：有錯誤的行不會寫入任何資料。",
            ]
        case .drillList:
            [
                "每次演練：代號、情境、演練開始時間、倍速、主控台或無畫面，以及結束時間。",
            ]
        case .drillReport:
            [
                "RUN 為 certdesk drill list 所列之代號，或 last。每項期望的法定時限列出期限、完成時間與餘裕：準時（於期限前至少要求之寬裕時間完成）、逾時、未完成、免除或演練結束時尚未到期；每項期望步驟為完成、逾時、略過或未執行。",
                "成績：法定時限（權重 2）準時得 1 分、逾時得 0.5 分；步驟（權重 1）於期限內完成得 1 分、逾時完成或略過得 0.5 分；未完成、免除或未執行得 0 分；演練結束時尚未到期之時限不計分。成績 = 100 × 得分 ÷ 滿分，四捨五入。",
            ]
        case .agencies:
            [
                "事件到達時依機關名稱對應名冊；名冊載明資安事件聯絡人員，以及機關指定的通知方式（電話、傳真、簡訊或電子郵件，依優先順序），以符合 60 分鐘內通知之規定。",
            ]
        case .agenciesImport:
            [
                "CSV：第一列為標題，之後每列一位聯絡人；id、name、region、county、type、grade、contact_name 為必要欄位，name_en、contact_role、phone、fax、sms、email、preferred_channel（phone、fax、sms、email 之一或多個，依優先順序，以 ; 分隔）可省略。同機關的第二位聯絡人須照抄機關欄位。YAML：agencies 為清單，每個機關有 contacts 清單。兩種格式皆見 README。",
                "所有問題一次列出（檔名:行:欄位: 原因），且此時不匯入任何資料。再次匯入只記錄有變更的機關，不會重複。",
            ]
        case .agenciesList:
            [
                "--json 輸出每個機關及其所有聯絡人，與日誌所記錄者相同。",
            ]
        case .agenciesShow:
            [
                "機關名稱、區域、縣市、類型與資通安全責任等級，以及每位聯絡人於名冊中的所有聯絡方式與通知順序。",
            ]
        case .notify:
            [
                "系統預先填妥通知：範本依待辦時限而定（60 分鐘通報聯絡人員時限進行中用 agency-contact，上報 N-CERT 時限進行中用 ncert，結案後用 closure）；對象為名冊中該機關第一位聯絡人及其首選管道（N-CERT 取自 config.yaml 的 ncert:）；內容由 playbooks/templates 產生。--channel、--to、--subject、--message 可修改；--draft 只列印草稿，不做任何紀錄。",
                "電子郵件經設定的 SMTP 伺服器或郵件指令送出（CERTDESK_SMTP_URL、CERTDESK_SMTP_FROM、CERTDESK_SMTP_USER、CERTDESK_SMTP_PASSWORD，或 config.yaml 的 mail:），伺服器收下時即符合範本的時限；簡訊經設定的閘道指令送出。電話、傳真、通報平臺與其他方式只登錄、不撥號，於 --at（預設為現在）符合時限；--recorded 登錄已以其他方式寄出的郵件或簡訊。演練事件不會實際送出：紀錄註明「演練：未實際送出」。",
                "傳送失敗時記錄為失敗並附伺服器回應，指令以狀態 1 結束；certdesk notify --retry TCN-2026-0001-N01 可重送。--confirm TCN-2026-0001-N01 登錄對方已確認收到。--fallback-reason 說明無法使用通報平臺的原因：此通知同時符合 report-platform，並開始 platform-reentry 補登時限（certdesk reentry）。",
            ]
        case .notifications:
            [
                "指定事件編號時：依記錄順序列出該事件所有通知、送出方式與伺服器回應。未指定時：列出全案仍待辦者：時限進行中的草稿（事件一達第 3–4 級即有上報 N-CERT 草稿）、失敗且未重送的通知，以及待補登通報平臺者。依序為失敗者、一日內到期或逾期者、較晚到期者，最後是積案（較近者在前）；未加 --all 時列出最急的 200 件。",
            ]
        case .reentry:
            [
                "符合以 --fallback-reason 通知時開始的 platform-reentry 時限（2026 年辦法第 6 條第 4 項），時間為 --at（預設為現在）。",
            ]
        case .report:
            [
                "兩種報告都是紀錄簿的讀取結果：同一紀錄簿產出同一報告，讀取時不登錄任何紀錄。",
            ]
        case .reportMonthly:
            [
                "該月（臺北時間）知悉之事件（日後才匯入之案件仍計入其知悉月份）依等級、類型、機關類別及縣市統計，並與上月比較；各類法定時限之如期、逾時完成、逾期、免除與計時中件數及如期率；自知悉至平台通報、至損害控制或復原、至結案之中位數與第 90 百分位數；最常見之網域與 IP；事件最多之機關；以及各級事件近 12 個月趨勢。",
                "演練事件另計，不列入任何統計數字。主控台以區塊字元繪製圖表（NO_COLOR 時為 ASCII）；--markdown、--csv（每行一項數字）與 --json 印出報告，--html FILE 寫出一個內含圖表、可列印為 A4 的獨立網頁。未指定月份時為本月。",
            ]
        case .export:
            [
                "匯出結果寫至標準輸出，不登錄任何紀錄。",
            ]
        case .exportBlocklist:
            [
                "已確認事件（已分級，或已過偵測與分析階段）之所有 IP 位址、網域、URL 與雜湊值（SHA-256、MD5），去除重複並正規化：IPv6 採 RFC 5952 格式，名稱改為小寫並去除結尾的點，雜湊值改為小寫。演練事件與以誤判結案之事件不列入。",
                "文件用、私有、迴路、鏈路本地、共享、群播與保留位址，保留名稱（.example、.test、.invalid、.localhost、.local）及政府網域（gov.tw、edu.tw：常為受害機關自身網站）僅標示待檢視，不予阻擋：plain 與 stix 不列出，並於標準錯誤輸出說明件數；csv 以 action review 列出並附理由。csv 另列各項首次發現時間（所屬事件中最早之知悉時間）與該事件；--since 僅保留自該時起首次發現者。",
            ]
        case .exportCase:
            [
                "事件經過：事件類型與等級、自知悉起算之時間軸（T+0:00，日期僅列年月）、已執行之步驟與其紀錄、處理紀錄，以及經驗與教訓（由劇本步驟整理之根因與防止再發措施）。",
                "加上 --deidentify 時，機關名稱、人名、電子郵件、電話號碼、內部 IP 位址、主機名稱與值勤台編號均以代稱替換（〔機關A〕、〔人員A〕……；英文為 [Agency A]），同一對象在全案使用同一代稱；名稱取自機關名冊、紀錄簿及文字本身之提示（先生、主任、Mr 等）。對外提供前請先詳閱：值勤台從未記錄、且句中無提示之名稱可能未被替換。",
            ]
        case .taxii:
            [
                "帳號取自設定檔之 taxii: 區段（user、password、timeout）或 CERTDESK_TAXII_USER、CERTDESK_TAXII_PASSWORD 與 CERTDESK_TAXII_TIMEOUT；僅經 HTTPS 傳送（純 HTTP 僅限本機），且絕不寫入紀錄簿。不跟隨轉址。",
                "伺服器停止服務、回應過慢、回應錯誤或非 TAXII 內容時，值勤台不做任何變更；無法及時連線時結束狀態為 69，回應不符協定時為 76，拒絕帳號時為 77。",
            ]
        case .taxiiPull:
            [
                "URL 為伺服器（其 discovery 位於 /taxii2/）或其 discovery 位址；API root 為 --api-root，否則為伺服器預設值，否則為其唯一之 API root。自該集合上次取回後新增之物件（added_after；伺服器回傳之 X-TAXII-Date-Added-Last 依集合分別保存）逐頁讀取，並以單一 STIX bundle、單一交易匯入：已在值勤台之事件略過；任一物件遭拒則不寫入任何內容。",
            ]
        case .taxiiPush:
            [
                "以 certdesk export stix 產生之 bundle（每次編號相同，伺服器每個物件僅保留一版）扣除集合清單（manifest）顯示已有相同版本者後，一次送入集合；印出伺服器回傳之狀態及其拒收之每一物件，若有拒收則結束狀態為 65。",
            ]
        case .exportStix:
            [
                "一個 bundle：本中心之 identity；每一事件含 Incident Core Extension（判定、調查狀態、由等級換算之 criticality、事件類型、可復原性）；其機關；每一入侵指標以 STIX pattern 表示，並附 cyber-observable、observed-data 與 sighting；其間之 relationship；TLP 2.0 標記（事件本身之 TLP，或以 --tlp 統一指定）；以及列出上述物件之 report。",
                "識別碼由席位與事件推導，同一事件再次匯出得到相同識別碼，接收端更新而不重複。等級、類型、機關與各時間另以 x_twcert_ 屬性提供，certdesk ingest 可原樣讀回。",
            ]
        case .reportIncident:
            [
                "施行細則第 8 條所列七項：時間（發生、知悉、通報本中心、平台通報、完成損害控制、完成復原、結案）、影響範圍及損害評估、損害控制及復原作業歷程、調查及處理作業歷程、事件發生原因、防範再發生之措施，以及其預定完成時程及成效追蹤機制。",
                "各項皆由紀錄簿填入：等級及其 C/I/A 依據、各時限及其完成時間、已完成之處理步驟及其註記（原因取自 RS.AN-03 步驟，措施取自事件後活動之 ID、PR、DE 步驟）、證據清冊、註記與通知。紀錄簿未載者印為未填，絕不杜撰。",
            ]
        }
    }

    public var examplesHeading: String { "範例：" }

    public func help(_ option: HelpOption) -> String {
        switch option {
        case .db: "值勤台資料庫（預設：$CERTDESK_DB，其次為設定檔的 database:，再其次為 $XDG_DATA_HOME/certdesk/certdesk.sqlite）。"
        case .actor: "執行者，記入日誌（預設：$CERTDESK_ACTOR，其次為設定檔的 actor:，再其次為登入名稱）。"
        case .lang: "介面語言（預設：設定檔的 language:，其次依語系）。"
        case .playbooks: "處理手冊資料夾，內含 policies/（預設：$CERTDESK_PLAYBOOKS，其次為設定檔的 playbooks:，再其次為 ~/.config/certdesk/playbooks、安裝位置與內建版本中最先找到者）。"
        case .region: "新值勤台所屬的區域，大小寫皆可（預設：$CERTDESK_REGION，其次為設定檔的 region:，再其次為 TCN）。"
        case .create: "--db（或 $CERTDESK_DB）沒有值勤台時，建立新的值勤台。會寫入紀錄的命令本來就會建立；只讀取的命令會拒絕不存在的檔案，以免打錯的路徑被當成空的值勤台。"
        case .json: "改以 JSON 輸出，時間為 UTC（ISO 8601），欄位名稱固定，方便程式使用。"
        case .at: "實際發生的時間：now、HH:MM（最近一次的該時刻）、YYYY-MM-DD HH:MM（當地時間）或含時區的 ISO 8601（預設：現在）。"
        case .incident: "事件編號，例如 TCN-2026-0001。"
        case .evidence: "證據編號，例如 TCN-2026-0001-E01。"
        case .clockKind: "法定時限的種類。"
        case .theme: "配色主題：default、high-contrast、monochrome、night-watch，或主題檔的路徑（預設：$CERTDESK_THEME，其次為設定檔的 theme:，再其次為 default）。"
        case .bell: "時限逾期或有新事件進來時，讓終端機響鈴。"
        case .demo: "開啟全新的示範值勤台（人員為虛構），而非正式值勤台。"
        case .ingestFiles: "要匯入的檔案：JSON 或 JSON Lines 格式的事件單，或 STIX 2.1 bundle；- 表示讀取標準輸入。"
        case .ingestStrict: "輸入中沒有任何事件時（空檔、只有空白、[] 或不含事件的 bundle），以結束狀態 2 結束。"
        case .maxInput: "單次輸入的上限（例：256M、1G）；超過即拒收。預設為 max_input 設定，未設定則為 256M。"
        case .listAll: "一併列出已結案的事件。"
        case .limit: "只列出前 N 列（佇列最前面、最早到期的時限）。"
        case .filter: "只列出編號、標題、機關或某個指標含有 TEXT 的事件（與主控台的 / 篩選相同）。"
        case .sort: "排序方式，與主控台 s 鍵輪替的相同：urgency（預設）、level、id、agency 或 phase。"
        case .asOf: "依日誌列出當時的值勤台狀態（不寫入任何紀錄）：HH:MM（最近一次的該時刻）、YYYY-MM-DD HH:MM（當地時間）或含時區的 ISO 8601。"
        case .clocksAll: "一併列出已完成或已免除的時限。"
        case .level: "等級，1 至 4（提供 C/I/A 選項時可省略）。"
        case .levelReason: "判定此等級的理由（記入日誌，供審核使用）。"
        case .confidentiality: "機密性影響：資料洩漏的程度。"
        case .integrity: "完整性影響：資料或系統遭竄改的程度。"
        case .availability: "可用性影響：業務運作是否受影響，以及是否於可容忍中斷時間內回復。"
        case .asset: "受影響的資產類別（使用 -c、-i 或 -a 時必填）。"
        case .phase: "新的處理階段。"
        case .phaseOverride: "即使仍有必要步驟未完成、或仍有時限在計時，仍要變更階段的理由（記入日誌）。"
        case .noteText: "備註內容；多個字詞以空格連接。"
        case .assignee: "承辦人。"
        case .nobody: "取消指派。"
        case .category: "新的事件類別。"
        case .meetNote: "辦理情形：聯絡了誰、透過何種管道。"
        case .waiveReason: "不適用的理由（記入日誌）。"
        case .step: "步驟編號，見 certdesk steps 的清單（例如 rw-isolate）。"
        case .stepAction: "步驟的處理結果（skip 須附 --reason）。"
        case .stepReason: "略過的理由（skip 時必填）。"
        case .stepNote: "辦理情形。"
        case .lintPaths: "要檢查的處理手冊檔案（預設：現行的所有處理手冊）。"
        case .evidenceFile: "要複製進證據庫的檔案（不可與 --physical 併用）。"
        case .evidenceKind: "證據種類（登錄檔案時必填；使用 --physical 時為 physical）。"
        case .evidenceDescription: "證據內容及蒐集原因。"
        case .physical: "登錄實體或紙本物品而非檔案：物品說明。"
        case .physicalLocation: "實體物品的存放位置（使用 --physical 時必填）。"
        case .sourceHost: "證據的來源主機。"
        case .collectedBy: "蒐集人（預設：您）。"
        case .acquiredAt: "取得時間：now、HH:MM、YYYY-MM-DD HH:MM（當地時間）或含時區的 ISO 8601，不得晚於現在（預設：現在）。"
        case .tool: "取得證據所用的工具及其版本。"
        case .evidenceOfIncident: "要列出證據清單的事件（預設：所有事件）。"
        case .evidenceListAll: "一併列出已銷毀的證據（其銷毀紀錄）。"
        case .custodyLocation: "此後的存放位置。"
        case .transferTo: "接收人。"
        case .transferPurpose: "移交目的。"
        case .checkoutTo: "借用人。"
        case .checkoutPurpose: "借出目的。"
        case .checkinTo: "收回保管的人（預設：您）。"
        case .checkinNote: "歸還時的狀態。"
        case .holdReason: "保全理由，例如地檢署函請保全、訴訟進行中。"
        case .releaseReason: "解除保全的理由。"
        case .evidenceToVerify: "要驗證的證據編號（或使用 --all）。"
        case .verifyAll: "驗證所有證據，並清點證據庫中的每個檔案。"
        case .officer: "開始值班的人員（預設：操作者）。"
        case .shiftAt: "值班開始或結束的時間（如非現在）：now、HH:MM、YYYY-MM-DD HH:MM 或 ISO 8601。"
        case .force: "在仍有班次值班時強制開班，原班次即未經交接結束（會標示）；理由會保留。"
        case .shiftID: "班次編號，如 certdesk shift list 所列。"
        case .markdown: "以 Markdown 印出報告（預設格式，明確指定）。"
        case .horizon: "列出多久內到期的時限：12h、90m（預設：政策的 handover_horizon）。"
        case .remarkText: "給接班人員的說明。"
        case .acceptOfficer: "接班人員（預設：操作者）。"
        case .acceptRemark: "接班人員的說明，與簽收一併保存。"
        case .replayFrom: "重播起點（預設為第一筆日誌）：HH:MM、YYYY-MM-DD HH:MM 或 ISO 8601。"
        case .replayTo: "重播終點（預設為最後一筆日誌）。"
        case .replayIncident: "重播此事件從開案到最後一筆日誌的期間。"
        case .speed: "播放速度為實際時間的幾倍（1、10、60、300、900、3600）。"
        case .replayDrill: "重播此次演練（certdesk drill list 所列代號，或 last），而非值勤台。"
        case .drillLintPaths: "要檢查的情境檔（預設為所有使用中的演練情境）。"
        case .drillScenario: "演練情境：使用中的名稱（drills/NAME.yaml）或 .yaml 檔的路徑。"
        case .drillHeadless: "以無畫面方式儘速完成整場演練。"
        case .drillActions: "搭配 --headless：腳本值勤人員的指令，每行一則，以 +HH:MM 開頭。"
        case .drillRunID: "演練代號：certdesk drill list 所列代號，或 last。"
        case .directoryFile: "名冊檔：.csv 或 .yaml / .yml（- 表示標準輸入，須加 --format）。"
        case .directoryFormat: "不論檔名，以 csv 或 yaml 格式讀取。"
        case .agency: "機關於名冊中的代號（如 agencies list 所示）。"
        case .notifyTemplate: "範本：agency-contact、ncert 或 closure（預設依待辦時限而定），決定所符合的時限。"
        case .notifyChannel: "phone、fax、sms、email、platform 或 other（預設為聯絡人的首選管道）。"
        case .notifyTo: "對象：電子郵件地址、號碼，或姓名加號碼（預設取自名冊）。"
        case .notifySubject: "主旨，取代範本的第一行。"
        case .notifyMessage: "訊息內容，取代範本；未指定 --template 時不符合任何時限。"
        case .fallbackReason: "無法使用通報平臺的原因：開始 platform-reentry 補登時限。"
        case .recorded: "登錄已以其他方式寄出的郵件或簡訊，不由系統寄送。"
        case .draft: "只列印將送出的通知內容，不做任何紀錄。"
        case .retry: "依編號重送失敗的通知（TCN-2026-0001-N01）。"
        case .confirm: "登錄對方已確認收到此通知（其編號），時間為 --at。"
        case .notificationsIncident: "事件的通知紀錄（預設：全案仍待辦者）。"
        case .notificationsAll: "列出全案所有待辦通知，含積案（預設：最急的 200 件）。"
        case .reportMonth: "月份，格式 YYYY-MM（預設：臺北時間本月）。"
        case .reportIncident: "要產製報告的事件。"
        case .csv: "以 CSV 印出數字，每行一項：section,key,measure,value。"
        case .exportIncidents: "要匯出的事件（與 --since 併用時，另加自該時起有變動者）。"
        case .exportSince: "另匯出自此時起有變動之所有事件：HH:MM、YYYY-MM-DD HH:MM 或 ISO 8601。"
        case .blocklistSince: "僅列自此時起首次發現者：HH:MM、YYYY-MM-DD HH:MM 或 ISO 8601。"
        case .blocklistFormat: "plain（每行一個值，供 UTM 外部清單）、csv（含首次發現、事件與待檢視標示）或 stix（indicator 之 bundle）。"
        case .blocklistKind: "僅列一種（UTM 每種各用一份清單）：ip、domain、url 或 hash。"
        case .caseIncident: "要整理之事件。"
        case .deidentify: "以代稱替換機關名稱、人名、電子郵件、電話、內部 IP、主機名稱與編號。"
        case .caseMarkdown: "以 Markdown 印出案例。"
        case .taxiiServer: "TAXII 伺服器（https://host/）或其 discovery 位址（https://host/taxii2/）。"
        case .taxiiCollection: "伺服器所列之集合 id。"
        case .taxiiAPIRoot: "改用之 API root（取代伺服器預設值）：位址，或伺服器上之路徑。"
        case .taxiiPageSize: "每頁要求之物件數（伺服器可能送得較少）。"
        case .taxiiIncidents: "要送出之事件。"
        case .falsePositive: "以誤判（非資安事件）結案，並記錄理由：計時中之時限一併免除，其入侵指標不列入阻擋清單。"
        case .exportTLP: "以此 TLP 標記所有物件，取代各事件本身之標記：clear、green、amber、amber+strict 或 red。"
        case .html: "將報告寫入 FILE，為一個獨立的 HTML 網頁（圖表內嵌、無程式碼），適合 A4 列印。"
        case .verifyAnchor: "保存在本機之外的一列日誌，格式為 SEQ:HASH：日誌必須仍含有該列且未遭更動。"
        case .within: "往後預看的期間，數字加單位：12h、30d、3 months 或 1 year（預設：目前已屆滿者）。"
        case .disposeReason: "銷毀理由及依據。"
        }
    }
}
