<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AfterPaint</name>
    <message>
        <source>Starting the demo chain and hub…</source>
        <extracomment>how long closing waits for a demo start still under way the demo chain and hub are up and the controller attached (demo only) the demo chain or hub could not start: the demo works offline (the message) what :meth:`stop` ends: the sync controller and the demo hub</extracomment>
        <translation>Memulai chain dan hub demo…</translation>
    </message>
    <message>
        <source>The demo hub is starting — it syncs as soon as it is up</source>
        <translation>Hub demo sedang dimulai — sinkronisasi berjalan begitu hub siap</translation>
    </message>
    <message>
        <source>Demo chain and hub ready</source>
        <translation>Chain dan hub demo siap</translation>
    </message>
    <message>
        <source>Demo hub ready (the demo chain could not start)</source>
        <translation>Hub demo siap (chain demo tidak dapat dimulai)</translation>
    </message>
    <message>
        <source>The demo hub could not start ({error}); the demo works offline</source>
        <translation>Hub demo tidak dapat dimulai ({error}); demo tetap bisa dipakai secara offline</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Image</source>
        <extracomment>How close (screen pixels) the pointer must be to an outline, a vertex or a handle. Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5). (new body, undo text, merge id): the host applies it, then calls set_body index of the selected shape, -1 for none shapes were hidden or shown a polygon is being traced (True) or not any more (False) a short message for the user ("A polygon keeps at least three vertices")</extracomment>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>The image to label; arrow keys move the selected shape, Tab selects the next one</source>
        <translation>Gambar yang akan dilabeli; tombol panah menggeser bentuk yang dipilih, Tab memilih bentuk berikutnya</translation>
    </message>
    <message>
        <source>The image is {found} pixels but the task says {task}: it is stretched to the task's size</source>
        <extracomment>shapes still as a model predicted them (drawn dashed, tagged "· predicted") body → the indices of its shapes still as predicted (set by the pane) shapes of the body that cannot be drawn (a malformed prediction): listed, not shown interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it</extracomment>
        <translation>Gambar berukuran {found} piksel, tetapi tugas menyebut {task}: gambar direntangkan ke ukuran tugas</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Hapus titik sudut</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Hapus poligon</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Hapus kotak</translation>
    </message>
    <message>
        <source>Nudge vertex</source>
        <translation>Geser titik sudut</translation>
    </message>
    <message>
        <source>Nudge polygon</source>
        <translation>Geser poligon</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>Geser kotak</translation>
    </message>
    <message>
        <source>Label polygon {label}</source>
        <translation>Beri label {label} pada poligon</translation>
    </message>
    <message>
        <source>Label box {label}</source>
        <translation>Beri label {label} pada kotak</translation>
    </message>
    <message>
        <source>This polygon cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Poligon ini tidak dapat digambar (datanya rusak): hapus dengan Delete lalu gambar ulang</translation>
    </message>
    <message>
        <source>This box cannot be drawn (its data is malformed): delete it with Delete and draw it again</source>
        <translation>Kotak ini tidak dapat digambar (datanya rusak): hapus dengan Delete lalu gambar ulang</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>This task is read-only</source>
        <extracomment>"draft", "prediction" or "empty" (see core.flow.starting_point), or "submission" for a submitted task shown read-only the model whose prediction is the starting point, to mark it as such emitted with the new body after every edit, undo and redo a short message for the status bar ("Box added", "Select some text first") the pane asks the editor to submit (e.g. Enter in a classification pane) the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the pane sets :attr:`draws_async` and emits it itself once drawn (after a decode) the task cannot be shown (a message for the user, which the pane shows too) True when the pane draws after :meth:`open` returns (an image decoded on a worker thread); it then emits :attr:`shown` or :attr:`failed` itself</extracomment>
        <translation>Tugas ini hanya-baca</translation>
    </message>
    <message>
        <source>No prediction is waiting to be accepted</source>
        <translation>Tidak ada prediksi yang menunggu diterima</translation>
    </message>
    <message>
        <source>Accept %n predicted item(s)</source>
        <translation>Terima %n item prediksi</translation>
    </message>
    <message>
        <source>Accepted %n predicted item(s)</source>
        <translation>%n item prediksi diterima</translation>
    </message>
    <message>
        <source>%n still to check</source>
        <translation>%n lagi perlu diperiksa</translation>
    </message>
</context>
<context>
    <name>AnnotatorsQualityDialog</name>
    <message>
        <source>Annotators' quality</source>
        <translation>Kualitas anotator</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Annotators' figures</source>
        <translation>Angka para anotator</translation>
    </message>
    <message>
        <source>Campaign “{campaign}”</source>
        <translation>Kampanye “{campaign}”</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub first.</source>
        <translation>Belum ada kampanye: sinkronkan dengan hub terlebih dahulu.</translation>
    </message>
    <message>
        <source>No hub is set, so there are no figures to show: start the app with --hub URL.</source>
        <translation>Hub belum diatur, jadi tidak ada angka untuk ditampilkan: jalankan aplikasi dengan --hub URL.</translation>
    </message>
    <message>
        <source>Asking the hub for the figures…</source>
        <translation>Meminta angka dari hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); </source>
        <translation>
            <numerusform>%n anotator; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for keeping the model's suggestion; </source>
        <translation>
            <numerusform>%n ditandai karena mempertahankan saran model; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with rewards held. </source>
        <translation>
            <numerusform>%n dengan imbalan ditahan. </numerusform>
        </translation>
    </message>
    <message>
        <source>As the hub reported at {time}.</source>
        <translation>Sesuai laporan hub pukul {time}.</translation>
    </message>
    <message>
        <source>This account may not see the annotators' figures of campaign “{campaign}”: the hub shows them to its reviewers and admins only. Ask the campaign's admin for the reviewer role.</source>
        <translation>Akun ini tidak boleh melihat angka para anotator kampanye “{campaign}”: hub hanya menunjukkannya kepada peninjau dan adminnya. Mintalah peran peninjau kepada admin kampanye.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Refresh when it is back online.</source>
        <translation>Hub tidak dapat dijangkau. Segarkan saat hub kembali daring.</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the hub needs your signature to sign in.</source>
        <translation>Buka kunci dompet terlebih dahulu: hub memerlukan tanda tangan Anda untuk masuk.</translation>
    </message>
    <message>
        <source>The hub refused the request ({status}).</source>
        <translation>Hub menolak permintaan ({status}).</translation>
    </message>
    <message>
        <source>The figures could not be fetched ({error}).</source>
        <translation>Angka tidak dapat diambil ({error}).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>Kontras &amp;tinggi</translation>
    </message>
    <message>
        <source>Black and white with a strong focus ring</source>
        <translation>Hitam-putih dengan cincin fokus yang tegas</translation>
    </message>
    <message>
        <source>High contrast on: icons follow when the app starts again</source>
        <translation>Kontras tinggi aktif: ikon menyesuaikan saat aplikasi dimulai lagi</translation>
    </message>
    <message>
        <source>High contrast off: icons follow when the app starts again</source>
        <translation>Kontras tinggi nonaktif: ikon menyesuaikan saat aplikasi dimulai lagi</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The draft could not be saved ({error}); retrying. Nothing is lost while the app is open.</source>
        <extracomment>Longest wait between an edit and its draft reaching the cache (ms). Wait before retrying a write that failed (ms). a draft was written (task uid) a draft could not be written (task uid, message); it is retried</extracomment>
        <translation>Draf tidak dapat disimpan ({error}); mencoba lagi. Tidak ada yang hilang selama aplikasi terbuka.</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>◀ Previous</source>
        <extracomment>"◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window, where Next sits on the left: the arrows are not Unicode-mirrored characters why the button is disabled while its action stays enabled (its shortcut then says why in the status bar instead of doing nothing without a word)</extracomment>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} dari {total} selesai</translation>
    </message>
    <message>
        <source>{percent} of the campaign's tasks are done</source>
        <translation>{percent} tugas kampanye sudah selesai</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>Nudge left 1 px (scroll when nothing is selected)</source>
        <extracomment>(text, short text, key, dx, dy) of the nudges by 1 px and by 10 px</extracomment>
        <translation>Geser ke kiri 1 px (menggulir bila tidak ada yang dipilih)</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Geser ke kiri</translation>
    </message>
    <message>
        <source>Nudge right 1 px (scroll when nothing is selected)</source>
        <translation>Geser ke kanan 1 px (menggulir bila tidak ada yang dipilih)</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Geser ke kanan</translation>
    </message>
    <message>
        <source>Nudge up 1 px (scroll when nothing is selected)</source>
        <translation>Geser ke atas 1 px (menggulir bila tidak ada yang dipilih)</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Geser ke atas</translation>
    </message>
    <message>
        <source>Nudge down 1 px (scroll when nothing is selected)</source>
        <translation>Geser ke bawah 1 px (menggulir bila tidak ada yang dipilih)</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Geser ke bawah</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Geser ke kiri 10 px</translation>
    </message>
    <message>
        <source>Nudge left 10</source>
        <translation>Geser ke kiri 10</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Geser ke kanan 10 px</translation>
    </message>
    <message>
        <source>Nudge right 10</source>
        <translation>Geser ke kanan 10</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Geser ke atas 10 px</translation>
    </message>
    <message>
        <source>Nudge up 10</source>
        <translation>Geser ke atas 10</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Geser ke bawah 10 px</translation>
    </message>
    <message>
        <source>Nudge down 10</source>
        <translation>Geser ke bawah 10</translation>
    </message>
    <message>
        <source>Select tool</source>
        <translation>Alat pilih</translation>
    </message>
    <message>
        <source>Select  V</source>
        <translation>Pilih  V</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>Gambar kotak</translation>
    </message>
    <message>
        <source>Box  B</source>
        <translation>Kotak  B</translation>
    </message>
    <message>
        <source>Draw polygons</source>
        <translation>Gambar poligon</translation>
    </message>
    <message>
        <source>Polygon  P</source>
        <translation>Poligon  P</translation>
    </message>
    <message>
        <source>Cancel drawing, deselect</source>
        <translation>Batalkan gambar, batalkan pilihan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close the polygon</source>
        <translation>Tutup poligon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Select next shape</source>
        <translation>Pilih bentuk berikutnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Select previous shape</source>
        <translation>Pilih bentuk sebelumnya</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Delete shape or vertex</source>
        <translation>Hapus bentuk atau titik sudut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Hide or show shape (all when none is selected)</source>
        <translation>Sembunyikan atau tampilkan bentuk (semua bila tidak ada yang dipilih)</translation>
    </message>
    <message>
        <source>Hide  H</source>
        <translation>Sembunyikan  H</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Paskan gambar ke tampilan</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Paskan</translation>
    </message>
    <message>
        <source>Zoom to 100 % (actual pixels)</source>
        <translation>Zoom ke 100 % (piksel asli)</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>awaiting review</source>
        <translation>menunggu peninjauan</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>accepted, paid</source>
        <translation>diterima, dibayar</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>belum ada konsensus</translation>
    </message>
    <message>
        <source>agrees with consensus {rate}</source>
        <translation>sesuai konsensus {rate}</translation>
    </message>
    <message>
        <source>agrees {rate}</source>
        <translation>sesuai {rate}</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>The label under review, by {annotator}</source>
        <translation>Label yang sedang ditinjau, oleh {annotator}</translation>
    </message>
    <message>
        <source>Another annotator's label of this task, by {annotator}</source>
        <translation>Label anotator lain untuk tugas ini, oleh {annotator}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>tidak ada mayoritas</translation>
    </message>
    <message numerus="yes">
        <source>of %n annotator(s)</source>
        <translation>
            <numerusform>dari %n anotator</numerusform>
        </translation>
    </message>
    <message>
        <source>What most annotators of this task said</source>
        <translation>Jawaban sebagian besar anotator tugas ini</translation>
    </message>
    <message>
        <source>The annotators of this task do not agree by a majority</source>
        <translation>Para anotator tugas ini tidak sepakat secara mayoritas</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>Koreksi Anda</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>ditandatangani di sini</translation>
    </message>
    <message>
        <source>The correction you signed</source>
        <translation>Koreksi yang Anda tandatangani</translation>
    </message>
</context>
<context>
    <name>ChainSettingsDialog</name>
    <message>
        <source>Chain settings</source>
        <translation>Pengaturan chain</translation>
    </message>
    <message>
        <source>the campaign's: {url}</source>
        <translation>milik kampanye: {url}</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>ID chain</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>URL RPC</translation>
    </message>
    <message>
        <source>Leave empty to use the campaign's RPC URL. "embedded" is the in-process chain of the demo.</source>
        <translation>Biarkan kosong untuk memakai URL RPC kampanye. "embedded" adalah chain demo di dalam proses.</translation>
    </message>
    <message>
        <source>An RPC URL starts with http:// or https:// (or is "embedded").</source>
        <translation>URL RPC diawali http:// atau https:// (atau berupa "embedded").</translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message>
        <source>{count} / {max} characters: {over} too many</source>
        <translation>{count} / {max} karakter: kelebihan {over}</translation>
    </message>
    <message>
        <source>{count} / {max} characters</source>
        <translation>{count} / {max} karakter</translation>
    </message>
    <message>
        <source>{count} characters (at least {min})</source>
        <translation>{count} karakter (minimal {min})</translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <source>Which answer is better?</source>
        <extracomment>"A", "B" or "tie", clicked</extracomment>
        <translation>Jawaban mana yang lebih baik?</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim rewards</source>
        <translation>Klaim imbalan</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Tanda tangani dan kirim</translation>
    </message>
    <message>
        <source>Claim &lt;b&gt;{amount}&lt;/b&gt; from the distributor to your account. The transaction is signed here and sent from your wallet, which pays the gas.</source>
        <translation>Klaim &lt;b&gt;{amount}&lt;/b&gt; dari distributor ke akun Anda. Transaksi ditandatangani di sini dan dikirim dari dompet Anda, yang membayar gas.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>{epoch} (cumulative {cumulative}, already paid {paid})</source>
        <translation>{epoch} (kumulatif {cumulative}, sudah dibayar {paid})</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>{estimate} estimated · limit {limit}</source>
        <translation>{estimate} perkiraan · batas {limit}</translation>
    </message>
    <message>
        <source>Fees per gas</source>
        <translation>Biaya per gas</translation>
    </message>
    <message>
        <source>max {most} (base {base} + tip {tip})</source>
        <translation>maks. {most} (dasar {base} + tip {tip})</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Biaya jaringan</translation>
    </message>
    <message>
        <source>about {likely}, at most {most}</source>
        <translation>sekitar {likely}, paling banyak {most}</translation>
    </message>
    <message>
        <source>Your ETH</source>
        <translation>ETH Anda</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Your ETH does not cover the most this can cost: claim through the hub instead (Ctrl+Shift+K).</source>
        <translation>ETH Anda tidak menutup biaya maksimum ini: klaim melalui hub saja (Ctrl+Shift+K).</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Waiting (sent at the next sync)</source>
        <translation>Menunggu (dikirim pada sinkronisasi berikutnya)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Hub relayer</source>
        <translation>Relayer hub</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>{hash}
(double-click to copy)</source>
        <translation>{hash}
(klik dua kali untuk menyalin)</translation>
    </message>
</context>
<context>
    <name>CollectionPane</name>
    <message>
        <source>Data collection</source>
        <extracomment>a file was imported into the item (its file name) a file was refused (the message, also shown in the pane)</extracomment>
        <translation>Pengumpulan data</translation>
    </message>
    <message>
        <source>Import a file or write the text, fill in the details and label it</source>
        <translation>Impor file atau tulis teksnya, isi detailnya, lalu beri label</translation>
    </message>
    <message>
        <source>Write the item's text</source>
        <translation>Tulis teks item</translation>
    </message>
    <message>
        <source>Notes about the item (optional)</source>
        <translation>Catatan tentang item (opsional)</translation>
    </message>
    <message>
        <source>Wait for the import to finish</source>
        <translation>Tunggu hingga impor selesai</translation>
    </message>
    <message>
        <source>Choose a label for the item</source>
        <translation>Pilih label untuk item</translation>
    </message>
    <message>
        <source>Import a photo or file</source>
        <translation>Impor foto atau file</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Tugas ini hanya-baca</translation>
    </message>
    <message>
        <source>{file} is being imported already</source>
        <translation>{file} sudah sedang diimpor</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error})</source>
        <translation>{file} tidak dapat diimpor ({error})</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Impor {file}</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} diimpor</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Hapus file</translation>
    </message>
    <message>
        <source>One file per item: importing {file}</source>
        <translation>Satu file per item: mengimpor {file}</translation>
    </message>
    <message>
        <source>Type the text</source>
        <translation>Ketik teksnya</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Isi {field}</translation>
    </message>
    <message>
        <source>{file} is not on this computer (sync to download it)</source>
        <translation>{file} tidak ada di komputer ini (sinkronkan untuk mengunduhnya)</translation>
    </message>
    <message>
        <source>Import a photo or file…</source>
        <translation>Impor foto atau file…</translation>
    </message>
    <message>
        <source>Write the text</source>
        <translation>Tulis teksnya</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Isi detailnya</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text, details and label</source>
        <translation>Teks, detail, dan label</translation>
    </message>
</context>
<context>
    <name>CollectionTaskView</name>
    <message>
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>Yang perlu dikumpulkan</translation>
    </message>
    <message>
        <source>No instructions given.</source>
        <translation>Tidak ada petunjuk.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>a new item, labeled as {kind}</source>
        <translation>item baru, dilabeli sebagai {kind}</translation>
    </message>
    <message>
        <source>a new item, metadata only</source>
        <translation>item baru, hanya metadata</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* wajib</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>A is better</source>
        <extracomment>the undo merge id of typing in the reason field ("REAS")</extracomment>
        <translation>A lebih baik</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B lebih baik</translation>
    </message>
    <message>
        <source>A, B or T chooses · R writes the reason, Esc leaves it · a scale's letter, then a digit, rates · Enter submits</source>
        <translation>A, B, atau T memilih · R menulis alasan, Esc keluar · huruf skala lalu angka memberi nilai · Enter mengirim</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Compare the two answers to the prompt and choose the better one</source>
        <translation>Bandingkan dua jawaban atas prompt dan pilih yang lebih baik</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Jawaban A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Jawaban B</translation>
    </message>
    <message>
        <source>Reason (optional) — R</source>
        <translation>Alasan (opsional) — R</translation>
    </message>
    <message>
        <source>Choose A: A is better</source>
        <translation>Pilih A: A lebih baik</translation>
    </message>
    <message>
        <source>Choose B: B is better</source>
        <translation>Pilih B: B lebih baik</translation>
    </message>
    <message>
        <source>Choose a tie</source>
        <translation>Pilih seri</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>Tulis alasan</translation>
    </message>
    <message>
        <source>Leave the text field</source>
        <translation>Keluar dari kolom teks</translation>
    </message>
    <message>
        <source>Submit (when a side is chosen)</source>
        <translation>Kirim (bila salah satu sisi dipilih)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Tidak ada alasan</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Hanya-baca: tugas ini sudah dikirim</translation>
    </message>
    <message>
        <source>Rate {scale} (then press {low}–{high})</source>
        <translation>Nilai {scale} (lalu tekan {low}–{high})</translation>
    </message>
    <message>
        <source>Choose: {choice}</source>
        <translation>Pilih: {choice}</translation>
    </message>
    <message>
        <source>answer A</source>
        <translation>jawaban A</translation>
    </message>
    <message>
        <source>answer B</source>
        <translation>jawaban B</translation>
    </message>
    <message>
        <source>both answers</source>
        <translation>kedua jawaban</translation>
    </message>
    <message>
        <source>Ratings cleared: they rated {before}. Rate {now} now (Ctrl+Z brings them back)</source>
        <translation>Nilai dihapus: sebelumnya menilai {before}. Sekarang nilai {now} (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>You did not set these ratings: {ratings}. They are the prediction of {model}. Submit them under your signature as your own ratings?</source>
        <translation>Anda tidak mengisi nilai berikut: {ratings}. Itu prediksi dari {model}. Kirim sebagai nilai Anda sendiri dengan tanda tangan Anda?</translation>
    </message>
    <message>
        <source>Rate {scale}: {value}</source>
        <translation>Nilai {scale}: {value}</translation>
    </message>
    <message>
        <source>Clear the {scale} rating</source>
        <translation>Hapus nilai {scale}</translation>
    </message>
    <message numerus="yes">
        <source>A reason holds at most %n character(s)</source>
        <translation>
            <numerusform>Alasan maksimal %n karakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTaskView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>seri</translation>
    </message>
    <message>
        <source>answer {choice}</source>
        <translation>jawaban {choice}</translation>
    </message>
    <message>
        <source>Model prediction ({who}): {choice}.</source>
        <translation>Prediksi model ({who}): {choice}.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>Buat akun baru</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>optional, e.g. “Work”</source>
        <translation>opsional, mis. “Kerja”</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Kata pemulihan</translation>
    </message>
    <message>
        <source>Choose a password. It encrypts the key on this computer and unlocks the wallet when you sign.</source>
        <translation>Pilih kata sandi. Kata sandi mengenkripsi kunci di komputer ini dan membuka kunci dompet saat Anda menandatangani.</translation>
    </message>
    <message>
        <source>I wrote the words down on paper, in order</source>
        <translation>Saya sudah menulis kata-kata ini di kertas, sesuai urutan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write these words down, in order, on paper.&lt;/b&gt; They are the only way to restore this account if this computer is lost or the password forgotten. Anyone who sees them can take the account: no screenshots, no cloud notes. They are shown only now.</source>
        <translation>&lt;b&gt;Tulis kata-kata ini di kertas, sesuai urutan.&lt;/b&gt; Hanya dengan kata-kata ini akun dapat dipulihkan jika komputer ini hilang atau kata sandi terlupa. Siapa pun yang melihatnya dapat mengambil akun: jangan tangkapan layar, jangan catatan cloud. Kata-kata ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>Type these words from your paper to show it is right.</source>
        <translation>Ketik kata-kata ini dari kertas Anda untuk menunjukkan catatannya benar.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Word #{position}</source>
        <translation>Kata ke-{position}</translation>
    </message>
    <message numerus="yes">
        <source>Word(s) {words} do not match. Check your paper, or go Back to see the words again.</source>
        <translation>
            <numerusform>Kata {words} tidak cocok. Periksa kertas Anda, atau Kembali untuk melihat kata-katanya lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the key… (this takes a moment)</source>
        <translation>Mengenkripsi kunci… (perlu sebentar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account created&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;It is unlocked and ready to sign. Keep the paper with the words somewhere safe; the wallet will not show them again. ({short} is now in the status bar.)</source>
        <translation>&lt;b&gt;Akun dibuat&lt;/b&gt;&lt;br&gt;&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;Akun sudah terbuka dan siap menandatangani. Simpan kertas berisi kata-kata itu di tempat yang aman; dompet tidak akan menampilkannya lagi. ({short} kini ada di bilah status.)</translation>
    </message>
    <message>
        <source>{error} Start again with new words.</source>
        <translation>{error} Mulai lagi dengan kata-kata baru.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Review and settle now</source>
        <translation>&amp;Tinjau dan selesaikan sekarang</translation>
    </message>
    <message>
        <source>A demo reviewer accepts what waits for review; the hub posts an epoch on the demo chain, and your rewards become claimable.</source>
        <translation>Peninjau demo menerima semua yang menunggu ditinjau; hub memposting epoch di chain demo, dan imbalan Anda bisa diklaim.</translation>
    </message>
    <message>
        <source>The demo reviewer is accepting submissions, then the hub settles…</source>
        <translation>Peninjau demo sedang menerima kiriman, lalu hub melakukan penyelesaian…</translation>
    </message>
    <message>
        <source>Review and settle failed: {error}</source>
        <translation>Peninjauan dan penyelesaian gagal: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n submission(s) ({accepted} accepted)</source>
        <translation>
            <numerusform>%n kiriman ditinjau ({accepted} diterima)</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; nothing to settle.</source>
        <translation>{reviewed}; tidak ada yang perlu diselesaikan.</translation>
    </message>
    <message numerus="yes">
        <source>epoch {epoch} posted for %n account(s).</source>
        <translation>
            <numerusform>epoch {epoch} diposting untuk %n akun.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewed}; {posted}</source>
        <comment>the two parts of the demo's status line</comment>
        <translation>{reviewed}; {posted}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Sign this label and queue it for the hub</source>
        <translation>Tanda tangani label ini dan antrekan untuk hub</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <source>Skip this task; it waits at the end of the queue</source>
        <translation>Lewati tugas ini; tugas menunggu di akhir antrean</translation>
    </message>
    <message>
        <source>&amp;Next task to do</source>
        <translation>Tugas &amp;berikutnya</translation>
    </message>
    <message>
        <source>Go to the next new or draft task</source>
        <translation>Ke tugas baru atau draf berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tugas s&amp;ebelumnya</translation>
    </message>
    <message>
        <source>Go back to the task before this one</source>
        <translation>Kembali ke tugas sebelum ini</translation>
    </message>
    <message>
        <source>&amp;Label again</source>
        <translation>Labeli la&amp;gi</translation>
    </message>
    <message>
        <source>Start a new draft from the submitted label</source>
        <translation>Mulai draf baru dari label yang sudah dikirim</translation>
    </message>
    <message>
        <source>Ask the &amp;model</source>
        <translation>Tanya &amp;model</translation>
    </message>
    <message>
        <source>Ask the campaign's model for a prediction of this task (again: cancel)</source>
        <translation>Minta prediksi tugas ini dari model kampanye (sekali lagi: batal)</translation>
    </message>
    <message>
        <source>&amp;Accept all predictions</source>
        <translation>&amp;Terima semua prediksi</translation>
    </message>
    <message>
        <source>Accept every item the model predicted, as it is (Enter accepts the selected one)</source>
        <translation>Terima setiap item prediksi model apa adanya (Enter menerima yang dipilih)</translation>
    </message>
    <message>
        <source>Switch between &amp;queue and task</source>
        <translation>Beralih antara &amp;antrean dan tugas</translation>
    </message>
    <message>
        <source>Move the keyboard focus</source>
        <translation>Pindahkan fokus keyboard</translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>Tam&amp;pilkan antrean</translation>
    </message>
    <message>
        <source>Hide the queue to give the task more room</source>
        <translation>Sembunyikan antrean agar tugas mendapat ruang lebih</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Task id</source>
        <translation>ID tugas</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Tidak ada tugas yang dipilih</translation>
    </message>
</context>
<context>
    <name>ExportKeystoreDialog</name>
    <message>
        <source>Export keystore file</source>
        <translation>Ekspor file keystore</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The file is a standard Ethereum keystore (v3): other wallets open it with this account's password. Keep it as a backup.</source>
        <translation>File ini adalah keystore Ethereum standar (v3): dompet lain membukanya dengan kata sandi akun ini. Simpan sebagai cadangan.</translation>
    </message>
    <message>
        <source>Choose the account and type its password.</source>
        <translation>Pilih akun dan ketik kata sandinya.</translation>
    </message>
    <message>
        <source>Save keystore file</source>
        <translation>Simpan file keystore</translation>
    </message>
    <message>
        <source>Keystore (*.json)</source>
        <translation>Keystore (*.json)</translation>
    </message>
    <message>
        <source>Writing the keystore file…</source>
        <translation>Menulis file keystore…</translation>
    </message>
</context>
<context>
    <name>GetTasksBox</name>
    <message>
        <source>Nothing to label here yet.</source>
        <translation>Belum ada yang bisa dilabeli di sini.</translation>
    </message>
    <message>
        <source>Get tasks</source>
        <translation>Ambil tugas</translation>
    </message>
    <message>
        <source>Reserve a batch of tasks from the hub and download them</source>
        <translation>Pesan sekumpulan tugas dari hub dan unduh</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Buka kunci dompet (Ctrl+U) terlebih dahulu: hub memesan tugas untuk akun yang sudah masuk.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Memesan %n tugas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reserved.</source>
        <translation>
            <numerusform>%n tugas dipesan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no task for you in this campaign right now.</source>
        <translation>Hub belum punya tugas untuk Anda di kampanye ini saat ini.</translation>
    </message>
</context>
<context>
    <name>GlyphWords</name>
    <message numerus="yes">
        <source>%n character(s) of this text cannot be shown: no installed font has them ({codes}). Install the Noto fonts (fonts-noto-core, fonts-noto-cjk).</source>
        <extracomment>characters already reported in this session (reported once, not per task) at most this many distinct characters are checked one by one</extracomment>
        <translation>
            <numerusform>%n karakter dalam teks ini tidak dapat ditampilkan: tidak ada fon terpasang yang memilikinya ({codes}). Pasang fon Noto (fonts-noto-core, fonts-noto-cjk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubClaimDialog</name>
    <message>
        <source>Claim through the hub</source>
        <translation>Klaim melalui hub</translation>
    </message>
    <message>
        <source>Sign and hand over</source>
        <translation>Tanda tangani dan serahkan</translation>
    </message>
    <message>
        <source>The hub sends the claim of &lt;b&gt;{amount}&lt;/b&gt; and pays its gas; the tokens go to your account all the same. You sign a request that names your account, the amount and the root, and expires in an hour. The hub relays a few claims per account and hour.</source>
        <translation>Hub mengirim klaim sebesar &lt;b&gt;{amount}&lt;/b&gt; dan membayar gasnya; token tetap masuk ke akun Anda. Anda menandatangani permintaan yang menyebut akun Anda, jumlahnya, dan root-nya, serta kedaluwarsa dalam satu jam. Hub hanya meneruskan beberapa klaim per akun per jam.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No polygons yet: press P and click around an object.</source>
        <extracomment>the task is drawn once the image is decoded: ``shown`` or ``failed`` follow the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Belum ada poligon: tekan P lalu klik di sekeliling objek.</translation>
    </message>
    <message>
        <source>No boxes yet: press B and drag across an object.</source>
        <translation>Belum ada kotak: tekan B lalu seret melintasi objek.</translation>
    </message>
    <message>
        <source>The image cannot be shown, so it cannot be labeled</source>
        <translation>Gambar tidak dapat ditampilkan, jadi tidak dapat dilabeli</translation>
    </message>
    <message>
        <source>Close the polygon being drawn (Enter) or cancel it (Esc)</source>
        <translation>Tutup poligon yang sedang digambar (Enter) atau batalkan (Esc)</translation>
    </message>
    <message>
        <source>Malformed polygon data ({numbers}): select and delete it</source>
        <translation>Data poligon rusak ({numbers}): pilih lalu hapus</translation>
    </message>
    <message>
        <source>Malformed box data ({numbers}): select and delete it</source>
        <translation>Data kotak rusak ({numbers}): pilih lalu hapus</translation>
    </message>
    <message>
        <source>Toggle {label}</source>
        <translation>Alihkan {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Pilih {label}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Label: {label}</translation>
    </message>
    <message>
        <source>{file} is not on this computer yet; sync to download it.</source>
        <translation>{file} belum ada di komputer ini; sinkronkan untuk mengunduhnya.</translation>
    </message>
    <message>
        <source>Polygons ({count})</source>
        <translation>Poligon ({count})</translation>
    </message>
    <message>
        <source>Boxes ({count})</source>
        <translation>Kotak ({count})</translation>
    </message>
    <message>
        <source>The labels of this task are kept; the image must be fixed or downloaded again.</source>
        <translation>Label tugas ini tetap disimpan; gambarnya harus diperbaiki atau diunduh ulang.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it, again to remove it.</source>
        <translation>Tekan tombol label ({keys}) untuk memilihnya, tekan lagi untuk menghapusnya.</translation>
    </message>
    <message>
        <source>Press a label's key ({keys}) to choose it; Enter submits.</source>
        <translation>Tekan tombol label ({keys}) untuk memilihnya; Enter mengirim.</translation>
    </message>
    <message>
        <source>Read-only: shapes are shown, not editable. Tab selects, F fits, = and - zoom.</source>
        <translation>Hanya-baca: bentuk ditampilkan, tidak bisa diedit. Tab memilih, F memaskan, = dan - zoom.</translation>
    </message>
    <message>
        <source>Click to add points · click the first point, double-click or Enter closes · Backspace removes the last point · Esc cancels</source>
        <translation>Klik untuk menambah titik · klik titik pertama, klik ganda, atau Enter menutup · Backspace menghapus titik terakhir · Esc membatalkan</translation>
    </message>
    <message>
        <source>Drag to draw a “{label}” box ({keys} change the label) · V or Esc: select</source>
        <translation>Seret untuk menggambar kotak “{label}” ({keys} mengganti label) · V atau Esc: pilih</translation>
    </message>
    <message>
        <source>Click to start a “{label}” polygon ({keys} change the label) · V: select</source>
        <translation>Klik untuk mulai poligon “{label}” ({keys} mengganti label) · V: pilih</translation>
    </message>
    <message>
        <source>Drag a vertex · Alt+click or double-click an edge adds one · Shift+click or Delete removes it · arrows nudge · H hides</source>
        <translation>Seret titik sudut · Alt+klik atau klik ganda pada sisi menambah satu · Shift+klik atau Delete menghapusnya · panah menggeser · H menyembunyikan</translation>
    </message>
    <message>
        <source>Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: 10 px) · Delete removes · H hides</source>
        <translation>Seret untuk memindah, pegangan mengubah ukuran · {keys} mengganti label · panah menggeser (Shift: 10 px) · Delete menghapus · H menyembunyikan</translation>
    </message>
    <message>
        <source>P draws polygons · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>P menggambar poligon · klik atau Tab memilih bentuk · roda atau = - zoom · F memaskan</translation>
    </message>
    <message>
        <source>B draws boxes · click or Tab selects a shape · wheel or = - zoom · F fits</source>
        <translation>B menggambar kotak · klik atau Tab memilih bentuk · roda atau = - zoom · F memaskan</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Bentuk</translation>
    </message>
</context>
<context>
    <name>ImageTaskView</name>
    <message>
        <source>this task names no image</source>
        <translation>tugas ini tidak menyebut gambar</translation>
    </message>
    <message>
        <source>the image is not downloaded yet (sync to fetch it)</source>
        <translation>gambar belum diunduh (sinkronkan untuk mengambilnya)</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Memuat gambar…</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message numerus="yes">
        <source>Dashed shapes: model prediction ({who}), %n shown</source>
        <translation>
            <numerusform>Bentuk putus-putus: prediksi model ({who}), %n ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Prediksi model ({who}): {labels}</translation>
    </message>
    <message>
        <source>Cannot show the image: {reason}</source>
        <translation>Tidak dapat menampilkan gambar: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an account</source>
        <translation>Impor akun</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Impor dari</translation>
    </message>
    <message>
        <source>Recovery words or a keystore file</source>
        <translation>Kata pemulihan atau file keystore</translation>
    </message>
    <message>
        <source>the 12 or 24 words, separated by spaces</source>
        <translation>12 atau 24 kata, dipisahkan spasi</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor akun</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, 0x optional</source>
        <translation>64 digit heksadesimal, 0x opsional</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>a keystore JSON file (UTC--…)</source>
        <translation>file JSON keystore (UTC--…)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Kata sandi file</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Kata pemulihan</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>File keystore</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a name for the account</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The key is stored encrypted with a password of your choice (it may be the same as the file's).</source>
        <translation>Kunci disimpan terenkripsi dengan kata sandi pilihan Anda (boleh sama dengan kata sandi file).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Buka file keystore</translation>
    </message>
    <message>
        <source>Keystore (*.json *);;All files (*)</source>
        <translation>Keystore (*.json *);;Semua file (*)</translation>
    </message>
    <message>
        <source>Type the recovery words.</source>
        <translation>Ketik kata pemulihan.</translation>
    </message>
    <message>
        <source>Paste the private key.</source>
        <translation>Tempel kunci privat.</translation>
    </message>
    <message>
        <source>Choose the keystore file.</source>
        <translation>Pilih file keystore.</translation>
    </message>
    <message>
        <source>Encrypting the key…</source>
        <translation>Mengenkripsi kunci…</translation>
    </message>
</context>
<context>
    <name>InteractiveAssist</name>
    <message>
        <source>This campaign names no ML backend for interactive help</source>
        <extracomment>a proposal is on screen (the shape's JSON) the request failed or found nothing (the message shown)</extracomment>
        <translation>Kampanye ini tidak menyebut backend ML untuk bantuan interaktif</translation>
    </message>
    <message>
        <source>Asking the model for the object… (Esc cancels)</source>
        <translation>Meminta objek dari model… (Esc membatalkan)</translation>
    </message>
    <message>
        <source>The model found no object there</source>
        <translation>Model tidak menemukan objek di sana</translation>
    </message>
    <message>
        <source>Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines</source>
        <translation>Diusulkan oleh model: Enter menerima, Esc menolak, Ctrl+klik memperhalus</translation>
    </message>
    <message>
        <source>No proposal: {reason}</source>
        <translation>Tidak ada usulan: {reason}</translation>
    </message>
    <message>
        <source>Accept the model's {noun}</source>
        <translation>Terima usulan model ({noun})</translation>
    </message>
    <message>
        <source>Accepted: edit it like any shape; Ctrl+Z takes it away</source>
        <translation>Diterima: edit seperti bentuk lain; Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <source>The model's proposal was rejected</source>
        <translation>Usulan model ditolak</translation>
    </message>
</context>
<context>
    <name>ItemLabeler</name>
    <message>
        <source>Tick or untick: {label}</source>
        <extracomment>the chips changed the annotation (new annotation or None, undo text) an embedded pane changed it (already on the undo stack) the embedded pane has drawn its photo</extracomment>
        <translation>Centang atau hapus centang: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Pilih: {label}</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Tugas ini hanya-baca</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>Hapus centang {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>Centang {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Pilih {label}</translation>
    </message>
    <message>
        <source>write the text</source>
        <translation>menulis teks</translation>
    </message>
    <message>
        <source>import a photo</source>
        <translation>mengimpor foto</translation>
    </message>
    <message>
        <source>draw boxes on it</source>
        <translation>menggambar kotak di atasnya</translation>
    </message>
    <message>
        <source>draw polygons on it</source>
        <translation>menggambar poligon di atasnya</translation>
    </message>
    <message>
        <source>mark spans in it</source>
        <translation>menandai rentang di dalamnya</translation>
    </message>
    <message>
        <source>label it</source>
        <translation>memberinya label</translation>
    </message>
    <message>
        <source>To {task}, the app needs the pane for {kind}, which is not installed yet.</source>
        <translation>Untuk {task}, aplikasi memerlukan panel untuk {kind}, yang belum terpasang.</translation>
    </message>
    <message>
        <source>First {step}, then {task}.</source>
        <translation>Pertama {step}, lalu {task}.</translation>
    </message>
</context>
<context>
    <name>KeepClaimDialog</name>
    <message>
        <source>Keep the claim for later</source>
        <translation>Simpan klaim untuk nanti</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — the hub's relayer sends it.</source>
        <translation>{why}

Klaim bisa menunggu: sinkronisasi berikutnya yang berhasil terhubung menjalankannya selama dompet terbuka — relayer hub yang mengirimnya.</translation>
    </message>
    <message>
        <source>{why}

The claim can wait: the next sync that reaches it carries it out while the wallet is unlocked — your wallet sends it (the gas is estimated then).</source>
        <translation>{why}

Klaim bisa menunggu: sinkronisasi berikutnya yang berhasil terhubung menjalankannya selama dompet terbuka — dompet Anda yang mengirimnya (gas diperkirakan saat itu).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} — press {key}</source>
        <translation>{label} — tekan {key}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>Label {label}, tombol {key}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>Label {label}</translation>
    </message>
    <message>
        <source>· predicted by {model}: press the key twice or submit to make it yours</source>
        <extracomment>checked because a model predicted it, and not touched since (drawn dashed and pale)</extracomment>
        <translation>· diprediksi oleh {model}: tekan tombolnya dua kali atau kirim untuk menjadikannya milik Anda</translation>
    </message>
</context>
<context>
    <name>LabelMenu</name>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Daftar bahasa</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Bahasa sistem ({language})</translation>
    </message>
    <message>
        <source>The app shows the new language the next time it starts.</source>
        <translation>Aplikasi menampilkan bahasa baru saat dimulai berikutnya.</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>Bahasa tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Pen&amp;gaturan</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Bahasa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DataFi Desktop</source>
        <extracomment>the visible page changed (its page_id) every page, the editor and the menus are built (at once unless the window is lazy)</extracomment>
        <translation>DataFi Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>pages in the navigation that are not built yet (a lazy window), by page_id the task editor in the Tasks page (None without a Tasks page, or until a lazy window finished starting) "My quality" on the Tasks page; verdicts in the editor and queue (ui/verdicts) any key (shortcuts included), click or wheel in the app restarts the idle lock fitted to the screen or where it was; the Tasks page's splitter and the task the annotator was on, remembered per profile (ui/window_state.py) View ▸ High contrast, remembered per profile (ui/appearance.py)</extracomment>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Sync now (Ctrl+R), Make tasks available offline…, Sync details…</extracomment>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Tam&amp;pilan</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Settings ▸ Language… (ui/language_menu.py)</extracomment>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;About DataFi Desktop</source>
        <translation>&amp;Tentang DataFi Desktop</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>About DataFi Desktop</source>
        <translation>Tentang DataFi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Label data offline, sign every submission, claim rewards on-chain.&lt;br&gt;&lt;br&gt;Profile: {profile}</source>
        <translation>&lt;b&gt;DataFi Desktop {version}&lt;/b&gt;&lt;br&gt;Labeli data secara offline, tanda tangani setiap kiriman, klaim imbalan on-chain.&lt;br&gt;&lt;br&gt;Profil: {profile}</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Import photo or file…</source>
        <extracomment>the photo is on screen, or could not be shown (message)</extracomment>
        <translation>Impor foto atau file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Drop a photo or file here, or press {keys} to choose one.
This task accepts {types}.</source>
        <extracomment>"Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and decoded off the UI thread (a 48 MP photo takes seconds): never a dark box</extracomment>
        <translation>Letakkan foto atau file di sini, atau tekan {keys} untuk memilih.
Tugas ini menerima {types}.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Memuat {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{size} text file, %n character(s): it is the item's text below.</source>
        <translation>
            <numerusform>File teks {size}, %n karakter: itulah teks item di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the photo: {error}</source>
        <translation>Foto tidak dapat ditampilkan: {error}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>tulis tanggal sebagai YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>bukan tanggal yang valid</translation>
    </message>
    <message>
        <source>* required</source>
        <extracomment>the user changed a field: (name, value or None to clear, typing — merge the edits) text fields the campaign limits: their character counters</extracomment>
        <translation>* wajib</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to write a date; it is stored as ISO</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>minimal {count} karakter</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>repeat the password</comment>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Kata sandi perlu minimal {count} karakter.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>At least {count} characters. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>Minimal {count} karakter. Tidak ada yang bisa memulihkannya untuk Anda: catat di tempat yang aman.</translation>
    </message>
    <message>
        <source>{strength}. {hint}</source>
        <comment>password strength, then a hint</comment>
        <translation>{strength}. {hint}</translation>
    </message>
    <message>
        <source>{hint}  The two passwords differ.</source>
        <translation>{hint}  Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop after the current page; what came stays</source>
        <translation>Berhenti setelah halaman ini; yang sudah diterima tetap tersimpan</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <source>Make tasks available offline</source>
        <translation>Sediakan tugas secara offline</translation>
    </message>
    <message>
        <source>Reserve tasks on the hub and download everything they need, so you can label them without a connection. The hub holds them for you for the time below.</source>
        <translation>Pesan tugas di hub dan unduh semua yang dibutuhkan, agar Anda bisa melabelinya tanpa koneksi. Hub menyimpannya untuk Anda selama waktu di bawah.</translation>
    </message>
    <message>
        <source> tasks</source>
        <comment>suffix of a number of tasks</comment>
        <translation> tugas</translation>
    </message>
    <message>
        <source> days</source>
        <comment>suffix of a number of days</comment>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampanye:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Berapa banyak:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Simpan selama:</translation>
    </message>
    <message>
        <source>No hub is set for this profile, so there is nothing to download (start with --hub URL).</source>
        <translation>Profil ini tidak punya hub, jadi tidak ada yang bisa diunduh (mulai dengan --hub URL).</translation>
    </message>
    <message>
        <source>No campaign yet: sync once while online to list the hub's campaigns.</source>
        <translation>Belum ada kampanye: sinkronkan sekali saat online untuk menampilkan kampanye hub.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>An earlier download of %1 tasks stopped after %2; Resume continues it.</source>
        <translation>Unduhan sebelumnya sebanyak %1 tugas berhenti setelah %2; Lanjutkan meneruskannya.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Berhenti setelah halaman ini…</translation>
    </message>
    <message>
        <source>%v of %m tasks reserved</source>
        <translation>%v dari %m tugas dipesan</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v dari %m file</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a signed-in account.</source>
        <translation>Buka kunci dompet (Ctrl+U) terlebih dahulu: hub memesan tugas untuk akun yang sudah masuk.</translation>
    </message>
    <message numerus="yes">
        <source>Reserving %n task(s)…</source>
        <translation>
            <numerusform>Memesan %n tugas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Preferred</source>
        <translation>Lebih disukai</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Seri</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tasks</source>
        <extracomment>position in the navigation: Tasks 10, Review 20, Rewards 30, Wallet 40 the menu this page's actions go in ("&amp;Tasks"); empty for none the module (relative to this package) and the class the pages of a new window, in navigation order</extracomment>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Imbalan</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tugas</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Tin&amp;jauan</translation>
    </message>
    <message>
        <source>&amp;Rewards</source>
        <translation>&amp;Imbalan</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Dompet</translation>
    </message>
</context>
<context>
    <name>PaneSet</name>
    <message>
        <source>failing ({error})</source>
        <translation>gagal ({error})</translation>
    </message>
</context>
<context>
    <name>PredictionAssistant</name>
    <message>
        <source>Prediction request cancelled</source>
        <extracomment>a fallback run when no backend answers: (editor) → a worker function or None a prediction was shown (model) — for tests and the status bar the request failed or gave nothing (the message shown)</extracomment>
        <translation>Permintaan prediksi dibatalkan</translation>
    </message>
    <message>
        <source>Open a task first</source>
        <translation>Buka tugas terlebih dahulu</translation>
    </message>
    <message>
        <source>This task is read-only: nothing to predict</source>
        <translation>Tugas ini hanya-baca: tidak ada yang perlu diprediksi</translation>
    </message>
    <message>
        <source>This campaign names no ML backend and ships no offline model for this kind of task</source>
        <translation>Kampanye ini tidak menyebut backend ML dan tidak menyertakan model offline untuk jenis tugas ini</translation>
    </message>
    <message>
        <source>Asking the model for a prediction… (Ctrl+P again cancels)</source>
        <translation>Meminta prediksi dari model… (Ctrl+P lagi membatalkan)</translation>
    </message>
    <message>
        <source>The model has no prediction for this task</source>
        <translation>Model tidak punya prediksi untuk tugas ini</translation>
    </message>
    <message>
        <source>The prediction cannot be shown: the task is read-only now</source>
        <translation>Prediksi tidak dapat ditampilkan: tugas ini sekarang hanya-baca</translation>
    </message>
    <message>
        <source>Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it</source>
        <translation>Prediksi oleh {model}: edit atau terima; Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <source>No prediction: {reason}</source>
        <translation>Tidak ada prediksi: {reason}</translation>
    </message>
</context>
<context>
    <name>PredictionBanner</name>
    <message>
        <source>Prediction by {model} — check each item: edit it, or accept it with Enter ({keys} accepts all)</source>
        <translation>Prediksi oleh {model} — periksa setiap item: edit, atau terima dengan Enter ({keys} menerima semua)</translation>
    </message>
</context>
<context>
    <name>ProgressiveLoader</name>
    <message>
        <source>The full resolution could not be decoded: {error}</source>
        <extracomment>(LoadedImage, is_full_resolution) nothing could be shown: a message for the user naming the file and the problem the full resolution failed (the screen-sized picture stays up) scale of the pixmap delivered last (decoded size / full size); 0 before any where screen-size previews of large photos are kept (core.previews), if set</extracomment>
        <translation>Resolusi penuh tidak dapat didekode: {error}</translation>
    </message>
</context>
<context>
    <name>QualityStrip</name>
    <message>
        <source>Your running figures in this campaign, as the hub last reported them: agreement with other annotators of the same tasks, and your score on gold tasks (known answers)</source>
        <translation>Angka Anda saat ini di kampanye ini, seperti terakhir dilaporkan hub: kesesuaian dengan anotator lain pada tugas yang sama, dan skor Anda pada tugas emas (jawaban yang diketahui)</translation>
    </message>
    <message>
        <source>My quality</source>
        <translation>Kualitas saya</translation>
    </message>
    <message>
        <source>No figures yet: the hub reports them once your work has been compared and reviewed.</source>
        <translation>Belum ada angka: hub melaporkannya setelah pekerjaan Anda dibandingkan dan ditinjau.</translation>
    </message>
    <message>
        <source>My quality · {account}</source>
        <translation>Kualitas saya · {account}</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Annotator</source>
        <extracomment>the AnnotatorRow of a row (any column)</extracomment>
        <translation>Anotator</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Kiriman</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Akurasi emas</translation>
    </message>
    <message>
        <source>Suggestion kept</source>
        <translation>Saran dipertahankan</translation>
    </message>
    <message>
        <source>Campaign rate</source>
        <translation>Tingkat kampanye</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Imbalan</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>akurasi emas</translation>
    </message>
    <message>
        <source>rubber stamp</source>
        <translation>asal setuju</translation>
    </message>
    <message>
        <source>{rate} of {shown}</source>
        <translation>{rate} dari {shown}</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Tidak ditahan</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons of a hold</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Held: {why}</source>
        <translation>Ditahan: {why}</translation>
    </message>
    <message>
        <source>{rate} of {answers}</source>
        <translation>{rate} dari {answers}</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ Ditandai</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Show tasks in this state</source>
        <extracomment>the task shown in the detail pane changed (its cache uid, -1 for none)</extracomment>
        <translation>Tampilkan tugas dengan status ini</translation>
    </message>
    <message>
        <source>Show tasks of this kind</source>
        <translation>Tampilkan tugas jenis ini</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the tasks whose text, task id or #number contains this</source>
        <translation>Tampilkan tugas yang teks, ID tugas, atau #nomornya memuat ini</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>The tasks of the campaign; Return opens the selected one</source>
        <translation>Tugas-tugas kampanye; Return membuka yang dipilih</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Belum ada kampanye</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} dari {total} selesai</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>Tugas &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tugas s&amp;ebelumnya</translation>
    </message>
    <message>
        <source>&amp;Filter text…</source>
        <translation>&amp;Filter teks…</translation>
    </message>
    <message>
        <source>Show &amp;all tasks</source>
        <translation>Tampilkan &amp;semua tugas</translation>
    </message>
    <message>
        <source>Show tasks &amp;to do</source>
        <translation>Tampilkan tugas yang &amp;perlu dikerjakan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Perlu dikerjakan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln task(s) shown</source>
        <translation>
            <numerusform>{shown} dari %Ln tugas ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScaleWidget</name>
    <message>
        <source>Rating {scale}, {low} to {high}</source>
        <extracomment>at most this many values are shown as buttons digits typed within this many seconds make one number (scale name, rating or None to clear) a key that cannot rate this scale, in words for the status bar</extracomment>
        <translation>Nilai {scale}, {low} sampai {high}</translation>
    </message>
    <message>
        <source> (press {key}, then a number)</source>
        <extracomment>"· predicted by …" while the rating is a model's that nobody set (text, never hidden, so that nothing moves when it goes)</extracomment>
        <translation> (tekan {key}, lalu angka)</translation>
    </message>
    <message>
        <source>· predicted by {model}</source>
        <translation>· diprediksi oleh {model}</translation>
    </message>
    <message>
        <source>The model's rating: rate it yourself, or confirm it when you submit</source>
        <translation>Nilai dari model: beri nilai sendiri, atau konfirmasikan saat mengirim</translation>
    </message>
    <message>
        <source>{scale} goes from {low} to {high}</source>
        <translation>{scale} berkisar dari {low} sampai {high}</translation>
    </message>
</context>
<context>
    <name>ReasonEdit</name>
    <message>
        <source>Why is it better? (optional) — press R to write here, Esc to leave</source>
        <translation>Mengapa lebih baik? (opsional) — tekan R untuk menulis di sini, Esc untuk keluar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Say why: pick a reason (its number) or write one.</source>
        <translation>Sebutkan alasannya: pilih alasan (nomornya) atau tulis sendiri.</translation>
    </message>
    <message>
        <source>Reject: say why</source>
        <translation>Tolak: sebutkan alasannya</translation>
    </message>
    <message>
        <source>Press a reason's number, add details if you like, then Enter. Esc cancels.</source>
        <translation>Tekan nomor alasan, tambahkan detail jika mau, lalu Enter. Esc membatalkan.</translation>
    </message>
    <message>
        <source>Reject the label by {annotator}. {how}</source>
        <translation>Tolak label dari {annotator}. {how}</translation>
    </message>
    <message>
        <source>Details (required when no reason is picked)</source>
        <translation>Detail (wajib jika tidak ada alasan yang dipilih)</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>verb: reject the submission</comment>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Alasan {number}</translation>
    </message>
    <message>
        <source>Say why: write the reason.</source>
        <translation>Sebutkan alasannya: tulis alasannya.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Could not reserve tasks: {error}</source>
        <translation>Tidak dapat memesan tugas: {error}</translation>
    </message>
    <message>
        <source>{message}. Try again when the hub is reachable.</source>
        <translation>{message}. Coba lagi saat hub dapat dijangkau.</translation>
    </message>
    <message>
        <source>Unlock the wallet (Ctrl+U) first: reserving tasks is signed.</source>
        <translation>Buka kunci dompet (Ctrl+U) terlebih dahulu: memesan tugas perlu tanda tangan.</translation>
    </message>
    <message>
        <source>The hub refused: {message}</source>
        <translation>Hub menolak: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln file diunduh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln task(s) available offline, {files}. Resume continues from there.</source>
        <translation>
            <numerusform>Berhenti: %Ln tugas tersedia offline, {files}. Lanjutkan meneruskan dari situ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) available offline; {files}. They are in the Tasks page.</source>
        <translation>
            <numerusform>%Ln tugas tersedia offline; {files}. Tugas ada di halaman Tugas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} The hub says: {notes}.</source>
        <translation>{text} Kata hub: {notes}.</translation>
    </message>
    <message>
        <source>{text} (The hub had {leased} of the {asked} asked for.)</source>
        <translation>{text} (Hub punya {leased} dari {asked} yang diminta.)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>The label is right: sign an accept</source>
        <translation>Labelnya benar: tanda tangani penerimaan</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>The label is wrong: say why, then sign a reject</source>
        <translation>Labelnya salah: sebutkan alasannya, lalu tanda tangani penolakan</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Koreksi</translation>
    </message>
    <message>
        <source>Fix the label in the pane, then sign the correction</source>
        <translation>Perbaiki label di panel, lalu tanda tangani koreksinya</translation>
    </message>
    <message>
        <source>&amp;Sign the correction</source>
        <translation>Tanda tangani korek&amp;si</translation>
    </message>
    <message>
        <source>Sign the corrected label</source>
        <translation>Tanda tangani label yang sudah dikoreksi</translation>
    </message>
    <message>
        <source>Cancel the correctio&amp;n</source>
        <translation>Batalka&amp;n koreksi</translation>
    </message>
    <message>
        <source>Back to the label under review</source>
        <translation>Kembali ke label yang sedang ditinjau</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>Kiriman &amp;berikutnya</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>Tinggalkan yang ini untuk nanti dan tampilkan berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous submission</source>
        <translation>Kiriman s&amp;ebelumnya</translation>
    </message>
    <message>
        <source>Show the one before</source>
        <translation>Tampilkan yang sebelumnya</translation>
    </message>
    <message>
        <source>Show the next &amp;label of this task</source>
        <translation>Tampilkan &amp;label berikutnya dari tugas ini</translation>
    </message>
    <message>
        <source>The other annotators' labels and the consensus, in turn</source>
        <translation>Label dari anotator lain dan konsensusnya, bergiliran</translation>
    </message>
    <message>
        <source>&amp;Get more to review</source>
        <translation>&amp;Ambil lebih banyak untuk ditinjau</translation>
    </message>
    <message>
        <source>Lease submissions of other annotators from the hub (then sync)</source>
        <translation>Pesan kiriman anotator lain dari hub (lalu sinkronkan)</translation>
    </message>
    <message>
        <source>Annotators' &amp;quality…</source>
        <translation>K&amp;ualitas anotator…</translation>
    </message>
    <message>
        <source>Every annotator's figures in this campaign, as the hub reports them (reviewers and admins)</source>
        <translation>Angka setiap anotator dalam kampanye ini, sebagaimana dilaporkan hub (peninjau dan admin)</translation>
    </message>
</context>
<context>
    <name>ReviewFetcher</name>
    <message>
        <source>Sync is off (no hub), so no new submissions can be fetched. Start with --hub URL; what is already here can be reviewed.</source>
        <extracomment>how long leased submissions stay ours to review offline (the hub caps it at 14 days) a message for the page ("Fetching 50 submissions to review…", "Offline: …") a fetch started (True) or ended (False) a fetch ended and the cache may hold new items (the report, or the error) campaigns the hub refused to lease reviews of (no reviewer role)</extracomment>
        <translation>Sinkronisasi nonaktif (tanpa hub), jadi kiriman baru tidak dapat diambil. Mulai dengan --hub URL; yang sudah ada di sini tetap bisa ditinjau.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching up to %n submission(s) to review…</source>
        <translation>
            <numerusform>Mengambil hingga %n kiriman untuk ditinjau…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch submissions to review: {error}</source>
        <translation>Tidak dapat mengambil kiriman untuk ditinjau: {error}</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Review what is already here; the verdicts are sent and more submissions fetched when it answers.</source>
        <translation>Luring: hub tidak dapat dihubungi. Tinjau yang sudah ada di sini; putusan dikirim dan kiriman lain diambil saat hub menjawab.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync: the hub needs your signature to sign in.</source>
        <translation>Buka kunci dompet untuk sinkronisasi: hub memerlukan tanda tangan Anda untuk masuk.</translation>
    </message>
    <message>
        <source>Sync problem: {message}</source>
        <translation>Masalah sinkronisasi: {message}</translation>
    </message>
    <message>
        <source>The hub does not let this account review campaign “{campaign}”: a reviewer role is needed.</source>
        <translation>Hub tidak mengizinkan akun ini meninjau kampanye “{campaign}”: diperlukan peran peninjau.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) leased to review</source>
        <translation>
            <numerusform>%n kiriman dipesan untuk ditinjau</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review right now.</source>
        <translation>Tidak ada yang menunggu peninjauan saat ini.</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>Possible copy: {detail}</source>
        <extracomment>the panes' contexts of "This task is read-only" (the message replaced while reviewing)</extracomment>
        <translation>Kemungkinan salinan: {detail}</translation>
    </message>
    <message>
        <source>Task id</source>
        <extracomment>a short message for the page's message line the pane asked to submit (Enter on a complete label) while correcting "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)</extracomment>
        <translation>ID tugas</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Dikirim oleh</translation>
    </message>
    <message>
        <source>&amp;Others' shapes</source>
        <translation>Bentuk milik lain (&amp;O)</translation>
    </message>
    <message>
        <source>Draw the other annotators' boxes or polygons dashed over the image, in the colour of their card (Alt+O)</source>
        <translation>Gambar kotak atau poligon anotator lain dengan garis putus-putus di atas gambar, dengan warna kartu masing-masing (Alt+O)</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Tidak ada yang perlu ditinjau</translation>
    </message>
    <message>
        <source>by {annotator} · {when}</source>
        <translation>oleh {annotator} · {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more review(s) needed</source>
        <translation>
            <numerusform>perlu %n tinjauan lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Labeled and signed by {annotator}</source>
        <translation>Dilabeli dan ditandatangani oleh {annotator}</translation>
    </message>
    <message>
        <source>Sign the correction (Ctrl+Enter) or cancel it (Esc) first</source>
        <translation>Tanda tangani koreksi (Ctrl+Enter) atau batalkan (Esc) dulu</translation>
    </message>
    <message>
        <source>Showing {card}: {summary}</source>
        <translation>Menampilkan {card}: {summary}</translation>
    </message>
    <message>
        <source>Showing the label under review</source>
        <translation>Menampilkan label yang sedang ditinjau</translation>
    </message>
    <message>
        <source>Correcting, starting from the label under review: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Mengoreksi, mulai dari label yang sedang ditinjau: sunting dengan tombol panel, lalu Ctrl+Enter menandatangani koreksi · Esc membatalkan · Ctrl+Z mengurungkan</translation>
    </message>
    <message>
        <source>Correcting, starting from {card}: edit it with the pane's keys, then Ctrl+Enter signs the correction · Esc cancels · Ctrl+Z undoes</source>
        <translation>Mengoreksi, mulai dari {card}: sunting dengan tombol panel, lalu Ctrl+Enter menandatangani koreksi · Esc membatalkan · Ctrl+Z mengurungkan</translation>
    </message>
    <message>
        <source>Read-only while reviewing: press C to correct the label</source>
        <translation>Hanya-baca selama peninjauan: tekan C untuk mengoreksi label</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotator</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Putusan Anda</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>To review</source>
        <translation>Untuk ditinjau</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>Ditinjau di sini</translation>
    </message>
    <message>
        <source>Other annotators' submissions leased to you: judge each one with a key (A accept, R reject, C correct); every verdict is signed. They stay here to review offline.</source>
        <translation>Kiriman anotator lain yang dipinjamkan kepada Anda: nilai masing-masing dengan satu tombol (A terima, R tolak, C koreksi); setiap putusan ditandatangani. Kiriman tetap di sini untuk ditinjau secara offline.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>The campaign to review</source>
        <translation>Kampanye yang akan ditinjau</translation>
    </message>
    <message>
        <source>How many submissions to keep leased for review</source>
        <translation>Berapa kiriman yang tetap dipinjam untuk ditinjau</translation>
    </message>
    <message>
        <source>Get more to review  G</source>
        <translation>Ambil lagi untuk ditinjau  G</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Which submissions the list shows</source>
        <translation>Kiriman mana yang ditampilkan daftar</translation>
    </message>
    <message>
        <source>Submissions to review</source>
        <translation>Kiriman untuk ditinjau</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to move to: press G to get submissions to review</source>
        <translation>Tidak ada yang bisa dituju: tekan G untuk mengambil kiriman untuk ditinjau</translation>
    </message>
    <message>
        <source>This is the last one</source>
        <translation>Ini yang terakhir</translation>
    </message>
    <message>
        <source>This is the first one</source>
        <translation>Ini yang pertama</translation>
    </message>
    <message>
        <source>signed, waiting to be sent</source>
        <translation>ditandatangani, menunggu dikirim</translation>
    </message>
    <message>
        <source>the hub has it</source>
        <translation>sudah diterima hub</translation>
    </message>
    <message>
        <source>refused by the hub: {reason}</source>
        <translation>ditolak oleh hub: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>You accepted it{reason} {when} · {status}</source>
        <translation>Anda menerimanya{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You rejected it{reason} {when} · {status}</source>
        <translation>Anda menolaknya{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>You corrected it{reason} {when} · {status}</source>
        <translation>Anda mengoreksinya{reason} {when} · {status}</translation>
    </message>
    <message>
        <source>No campaign yet: sync with a hub to get one.</source>
        <translation>Belum ada kampanye: sinkronkan dengan hub untuk mendapatkannya.</translation>
    </message>
    <message>
        <source>No verdicts made here yet in this campaign.</source>
        <translation>Belum ada putusan yang dibuat di sini untuk kampanye ini.</translation>
    </message>
    <message>
        <source>This account is not a reviewer of campaign “{campaign}”.

Ask the campaign's admin for the reviewer role (on the hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G.</source>
        <translation>Akun ini bukan peninjau kampanye “{campaign}”.

Minta peran peninjau kepada admin kampanye (di hub: datafi-hub role grant CAMPAIGN ADDRESS reviewer), lalu tekan G.</translation>
    </message>
    <message>
        <source>Sync is off (no hub): start the app with --hub URL to lease submissions.</source>
        <translation>Sinkronisasi nonaktif (tanpa hub): mulai aplikasi dengan --hub URL untuk memesan kiriman.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review here.

Press G to lease up to %n submission(s) of other annotators from the hub. They stay on this computer, so you can review them offline.</source>
        <translation>
            <numerusform>Tidak ada yang perlu ditinjau di sini.

Tekan G untuk memesan hingga %n kiriman anotator lain dari hub. Kiriman tetap di komputer ini, jadi Anda bisa meninjaunya secara offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} untuk ditinjau</translation>
    </message>
    <message>
        <source>{count} reviewed here</source>
        <translation>{count} ditinjau di sini</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} menunggu dikirim</translation>
    </message>
    <message>
        <source>{count} of your own not listed: someone else reviews them</source>
        <translation>{count} kiriman Anda sendiri tidak dicantumkan: orang lain yang meninjaunya</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) refused by the hub: {reason}</source>
        <translation>
            <numerusform>%n putusan ditolak oleh hub: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tidak ada alasan</translation>
    </message>
    <message>
        <source>Already reviewed here</source>
        <translation>Sudah ditinjau di sini</translation>
    </message>
    <message>
        <source>Finish the correction first</source>
        <translation>Selesaikan koreksi dulu</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Tidak ditolak</translation>
    </message>
    <message>
        <source>This kind of task cannot be corrected here: accept or reject it</source>
        <translation>Jenis tugas ini tidak dapat dikoreksi di sini: terima atau tolak</translation>
    </message>
    <message>
        <source>Correcting: Ctrl+Enter signs the correction, Esc cancels</source>
        <translation>Mengoreksi: Ctrl+Enter menandatangani koreksi, Esc membatalkan</translation>
    </message>
    <message>
        <source>Not signed yet: {problem}</source>
        <translation>Belum ditandatangani: {problem}</translation>
    </message>
    <message>
        <source>Correction cancelled: nothing was signed</source>
        <translation>Koreksi dibatalkan: tidak ada yang ditandatangani</translation>
    </message>
    <message>
        <source>Accepted and signed ({signer}); queued for the hub</source>
        <translation>Diterima dan ditandatangani ({signer}); diantrekan untuk hub</translation>
    </message>
    <message>
        <source>Rejected and signed ({signer}); queued for the hub</source>
        <translation>Ditolak dan ditandatangani ({signer}); diantrekan untuk hub</translation>
    </message>
    <message>
        <source>Corrected and signed ({signer}); queued for the hub</source>
        <translation>Dikoreksi dan ditandatangani ({signer}); diantrekan untuk hub</translation>
    </message>
    <message>
        <source>No campaign to review yet: sync with a hub first</source>
        <translation>Belum ada kampanye untuk ditinjau: sinkronkan dengan hub dulu</translation>
    </message>
    <message>
        <source>Not fetched: the wallet is still locked.</source>
        <translation>Tidak diambil: dompet masih terkunci.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Imbalan</translation>
    </message>
    <message>
        <source>Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's earnings on-chain; claim what is settled from your wallet, or let the hub send the claim when you hold no ETH for gas.</source>
        <translation>Pekerjaan yang diterima menghasilkan token. Setiap epoch, hub memposting root Merkle dari pendapatan semua orang secara on-chain; klaim yang sudah diselesaikan dari dompet Anda, atau biarkan hub mengirim klaim saat Anda tidak punya ETH untuk gas.</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampanye</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Klaim…</translation>
    </message>
    <message>
        <source>Claim through the &amp;hub…</source>
        <translation>Klaim melalui &amp;hub…</translation>
    </message>
    <message>
        <source>&amp;Refresh rewards</source>
        <translation>&amp;Muat ulang imbalan</translation>
    </message>
    <message>
        <source>Chain &amp;settings…</source>
        <translation>&amp;Pengaturan chain…</translation>
    </message>
    <message>
        <source>Account {address}</source>
        <translation>Akun {address}</translation>
    </message>
    <message>
        <source>No account yet: create or import one on the Wallet page (Ctrl+4).</source>
        <translation>Belum ada akun: buat atau impor akun di halaman Dompet (Ctrl+4).</translation>
    </message>
    <message>
        <source>No campaign here settles its rewards on a chain yet. Campaigns name their chain and distributor; sync with the hub to fetch them.</source>
        <translation>Belum ada kampanye di sini yang menyelesaikan imbalannya di chain. Kampanye menyebut chain dan distributornya; sinkronkan dengan hub untuk mengambilnya.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>The claim failed: {error}</source>
        <translation>Klaim gagal: {error}</translation>
    </message>
    <message>
        <source>The claim was dropped: {error}</source>
        <translation>Klaim dibatalkan jaringan: {error}</translation>
    </message>
    <message>
        <source>The claim is {state}: {error}</source>
        <translation>Status klaim {state}: {error}</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>Tidak dapat memuat ulang: {error}</translation>
    </message>
    <message>
        <source>Nothing is settled for this account yet.</source>
        <translation>Belum ada yang diselesaikan untuk akun ini.</translation>
    </message>
    <message>
        <source>Estimating the gas…</source>
        <translation>Memperkirakan gas…</translation>
    </message>
    <message>
        <source>Nothing to claim: everything settled is already paid.</source>
        <translation>Tidak ada yang bisa diklaim: semua yang sudah diselesaikan sudah dibayar.</translation>
    </message>
    <message>
        <source>The chain cannot be reached: {error}.</source>
        <translation>Chain tidak dapat dijangkau: {error}.</translation>
    </message>
    <message>
        <source>The distributor would refuse this claim — {reason}</source>
        <translation>Distributor akan menolak klaim ini — {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the claim ({error}).</source>
        <translation>Tidak dapat menyiapkan klaim ({error}).</translation>
    </message>
    <message>
        <source>Sending {transaction}…</source>
        <translation>Mengirim {transaction}…</translation>
    </message>
    <message>
        <source>Claimed: the tokens are in your account.</source>
        <translation>Diklaim: token sudah ada di akun Anda.</translation>
    </message>
    <message>
        <source>Sent: waiting for the transaction to be mined.</source>
        <translation>Terkirim: menunggu transaksi ditambang.</translation>
    </message>
    <message>
        <source>Not sent yet ({error}); it will be sent again.</source>
        <translation>Belum terkirim ({error}); akan dikirim lagi.</translation>
    </message>
    <message>
        <source>Nothing settled yet, or no hub for this campaign.</source>
        <translation>Belum ada yang diselesaikan, atau kampanye ini tidak punya hub.</translation>
    </message>
    <message>
        <source>The hub sent your claim.</source>
        <translation>Hub telah mengirim klaim Anda.</translation>
    </message>
    <message>
        <source>{error} (try again in {seconds} s)</source>
        <translation>{error} (coba lagi dalam {seconds} dtk)</translation>
    </message>
    <message>
        <source>The hub refused: {error}</source>
        <translation>Hub menolak: {error}</translation>
    </message>
    <message>
        <source>The hub cannot relay it now: the claim is kept and sent at the next sync.</source>
        <translation>Hub tidak dapat meneruskannya sekarang: klaim disimpan dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Could not reach the hub's relayer ({error}).</source>
        <translation>Tidak dapat menjangkau relayer hub ({error}).</translation>
    </message>
    <message>
        <source>Handing the claim to the hub…</source>
        <translation>Menyerahkan klaim ke hub…</translation>
    </message>
    <message>
        <source>Kept: the claim is sent at the next sync.</source>
        <translation>Disimpan: klaim dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>A claim is already on its way.</source>
        <translation>Sudah ada klaim yang sedang diproses.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Pengaturan chain</translation>
    </message>
    <message>
        <source>Chain settings saved.</source>
        <translation>Pengaturan chain disimpan.</translation>
    </message>
</context>
<context>
    <name>ShapeList</name>
    <message>
        <source>malformed — delete it</source>
        <extracomment>a row was clicked (shape index) the eye of a row was clicked (shape index) said in the empty list ("No boxes yet: press B and drag") what each row shows (label, colour, hidden), to skip unchanged rows cheaply</extracomment>
        <translation>rusak — hapus</translation>
    </message>
    <message>
        <source>{label} · predicted</source>
        <extracomment>Sizes in device-independent pixels (constant on screen at any zoom). the further polygons of an object in several parts, children of ``item`` the shape's bounds (image pixels), where its tag is placed from cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio</extracomment>
        <translation>{label} · prediksi</translation>
    </message>
</context>
<context>
    <name>ShapeWords</name>
    <message numerus="yes">
        <source>%n span(s): {labels}</source>
        <translation>
            <numerusform>%n rentang: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es): {labels}</source>
        <translation>
            <numerusform>%n kotak: {labels}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s): {labels}</source>
        <translation>
            <numerusform>%n poligon: {labels}</numerusform>
        </translation>
    </message>
    <message>
        <source>no spans</source>
        <translation>tidak ada rentang</translation>
    </message>
    <message>
        <source>no boxes</source>
        <translation>tidak ada kotak</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>tidak ada poligon</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanListView</name>
    <message>
        <source>Spans</source>
        <translation>Rentang</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <source>Task text</source>
        <extracomment>a press and release closer than this (pixels) is a click, not a drag positions around the visible text whose spans get their backgrounds from Qt line height of a classification text (percent): airy enough to read a click (not a drag): the document position of the character under the mouse, or -1</extracomment>
        <translation>Teks tugas</translation>
    </message>
    <message>
        <source>The text to label; select a passage and press a label's key</source>
        <translation>Teks yang akan dilabeli; pilih sebuah bagian lalu tekan tombol label</translation>
    </message>
</context>
<context>
    <name>SpansController</name>
    <message>
        <source>Already marked: {span}</source>
        <translation>Sudah ditandai: {span}</translation>
    </message>
    <message>
        <source>Add span {span}</source>
        <translation>Tambah rentang {span}</translation>
    </message>
    <message>
        <source>Relabel span {span}</source>
        <translation>Ganti label rentang {span}</translation>
    </message>
    <message>
        <source>Add span: {span}</source>
        <translation>Tambah rentang: {span}</translation>
    </message>
    <message>
        <source>Relabel span: {span}</source>
        <translation>Ganti label rentang: {span}</translation>
    </message>
    <message>
        <source>Select a span first: click it or press Tab</source>
        <translation>Pilih rentang dulu: klik atau tekan Tab</translation>
    </message>
    <message>
        <source>Delete span {label} “{text}”</source>
        <translation>Hapus rentang {label} “{text}”</translation>
    </message>
    <message>
        <source>No spans yet: select some text and press a label key</source>
        <translation>Belum ada rentang: pilih teks lalu tekan tombol label</translation>
    </message>
    <message>
        <source>Selected {label} “{text}”</source>
        <translation>Dipilih {label} “{text}”</translation>
    </message>
    <message numerus="yes">
        <source> (1 of %n here: click again for the next)</source>
        <translation>
            <numerusform> (1 dari %n di sini: klik lagi untuk berikutnya)</numerusform>
        </translation>
    </message>
    <message>
        <source> (predicted by {model})</source>
        <translation> (diprediksi oleh {model})</translation>
    </message>
    <message>
        <source> (predicted)</source>
        <translation> (prediksi)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{address}
Click to copy the address</source>
        <extracomment>the user clicked the lock (wants to unlock or lock) or "No account" "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now</extracomment>
        <translation>{address}
Klik untuk menyalin alamat</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Tidak ada akun</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page</source>
        <translation>Buat atau impor akun di halaman Dompet</translation>
    </message>
    <message>
        <source>Unlocked · locks in {time}</source>
        <translation>Terbuka · terkunci dalam {time}</translation>
    </message>
    <message>
        <source>Signing is possible. The wallet locks itself after {time} without activity (Ctrl+L locks now).</source>
        <translation>Penandatanganan dapat dilakukan. Dompet mengunci dirinya setelah {time} tanpa aktivitas (Ctrl+L mengunci sekarang).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) to sign submissions</source>
        <translation>Buka kunci (Ctrl+U) untuk menandatangani kiriman</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n akan dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>Kotak keluar: {counts}</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Kotak keluar kosong</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} disalin</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Signed and queued: it is sent to the hub at the next sync.</source>
        <translation>Ditandatangani dan diantrekan: dikirim ke hub pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Sent to the hub: waiting for review.</source>
        <translation>Terkirim ke hub: menunggu tinjauan.</translation>
    </message>
    <message>
        <source>Accepted by a reviewer.</source>
        <translation>Diterima oleh peninjau.</translation>
    </message>
    <message>
        <source>Accepted, and its reward is paid.</source>
        <translation>Diterima, dan imbalannya sudah dibayar.</translation>
    </message>
    <message>
        <source>Accepted with a correction.</source>
        <extracomment>the same when the reviewer corrected the label</extracomment>
        <translation>Diterima dengan koreksi.</translation>
    </message>
    <message>
        <source>Accepted with a correction, and its reward is paid.</source>
        <translation>Diterima dengan koreksi, dan imbalannya sudah dibayar.</translation>
    </message>
    <message>
        <source>Show correction</source>
        <extracomment>"Show correction" was turned on (show the reviewer's correction) or off the verdict's details: the reviewer's correction, who reviewed and when</extracomment>
        <translation>Tampilkan koreksi</translation>
    </message>
    <message>
        <source>Label again</source>
        <translation>Labeli lagi</translation>
    </message>
    <message>
        <source>Rejected by a reviewer: {reason}. Label it again to correct it.</source>
        <translation>Ditolak oleh peninjau: {reason}. Labeli lagi untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>Rejected by a reviewer. Label it again to correct it.</source>
        <translation>Ditolak oleh peninjau. Labeli lagi untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>{sentence} Shown read-only.</source>
        <translation>{sentence} Ditampilkan hanya-baca.</translation>
    </message>
    <message>
        <source>Start a new draft from this submission ({keys})</source>
        <translation>Mulai draf baru dari kiriman ini ({keys})</translation>
    </message>
    <message>
        <source>Show my label</source>
        <translation>Tampilkan label saya</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Submissions are signed with your wallet, and it has no account yet. Create one, or import one you already have, on the Wallet page. Your draft is kept.</source>
        <extracomment>the submission was signed and queued (its SubmissionRow)</extracomment>
        <translation>Kiriman ditandatangani dengan dompet Anda, dan dompet belum punya akun. Buat akun, atau impor akun yang sudah Anda miliki, di halaman Dompet. Draf Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Not submitted: create or import an account to sign with. Your draft is kept.</source>
        <translation>Tidak terkirim: buat atau impor akun untuk menandatangani. Draf Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet is still locked. Your draft is kept.</source>
        <translation>Tidak terkirim: dompet masih terkunci. Draf Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Not submitted: {error}. Your draft is kept.</source>
        <translation>Tidak terkirim: {error}. Draf Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Not submitted: the wallet locked itself. Your draft is kept.</source>
        <translation>Tidak terkirim: dompet mengunci dirinya sendiri. Draf Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Not submitted: the cache could not store it ({error}). Your draft is kept.</source>
        <translation>Tidak terkirim: cache tidak dapat menyimpannya ({error}). Draf Anda tetap disimpan.</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Claimable</source>
        <translation>Bisa diklaim</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Sudah diklaim</translation>
    </message>
    <message>
        <source>accepted, not settled yet</source>
        <translation>diterima, belum diselesaikan</translation>
    </message>
    <message>
        <source>not known yet: sync with the hub</source>
        <translation>belum diketahui: sinkronkan dengan hub</translation>
    </message>
    <message>
        <source>{amount} being claimed now</source>
        <translation>{amount} sedang diklaim</translation>
    </message>
    <message>
        <source>settled in epoch {epoch}</source>
        <translation>diselesaikan pada epoch {epoch}</translation>
    </message>
    <message>
        <source>{detail} — a newer epoch is on-chain: refresh</source>
        <translation>{detail} — ada epoch lebih baru on-chain: muat ulang</translation>
    </message>
    <message>
        <source>nothing settled yet</source>
        <translation>belum ada yang diselesaikan</translation>
    </message>
    <message>
        <source>paid to your account</source>
        <translation>dibayarkan ke akun Anda</translation>
    </message>
    <message>
        <source>Token balance &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Saldo token &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token balance —</source>
        <translation>Saldo token —</translation>
    </message>
    <message>
        <source>ETH for gas &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>ETH untuk gas &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ETH for gas —</source>
        <translation>ETH untuk gas —</translation>
    </message>
    <message>
        <source>the in-process demo chain</source>
        <translation>chain demo di dalam proses</translation>
    </message>
    <message>
        <source>Chain {chain} ({where}) · distributor {distributor}</source>
        <translation>Chain {chain} ({where}) · distributor {distributor}</translation>
    </message>
    <message>
        <source>chain: {error}</source>
        <translation>chain: {error}</translation>
    </message>
    <message>
        <source>read at {time}</source>
        <translation>dibaca pukul {time}</translation>
    </message>
    <message>
        <source>hub: {error}</source>
        <translation>hub: {error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>why there is no hub *yet* (the demo's starts after the first paint): Sync now stays enabled, says so, and syncs once the hub is up</extracomment>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Make tasks available &amp;offline…</source>
        <translation>Sediakan tugas secara &amp;offline…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Detail sinkronisasi…</translation>
    </message>
    <message>
        <source>No hub for this profile (start with --hub URL)</source>
        <translation>Tidak ada hub untuk profil ini (mulai dengan --hub URL)</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Menyinkronkan dengan hub…</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>queued</source>
        <extracomment>outbox states and submission statuses, as the details dialog says them</extracomment>
        <translation>diantrekan</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detail sinkronisasi</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Pesan:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Sinkronisasi terakhir:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Kotak keluar:</translation>
    </message>
    <message>
        <source>Submissions:</source>
        <translation>Kiriman:</translation>
    </message>
    <message>
        <source>none (use Get tasks)</source>
        <extracomment>the first-batch setting: open label tasks each sync keeps leased</extracomment>
        <translation>tidak ada (pakai Ambil tugas)</translation>
    </message>
    <message>
        <source>Each sync reserves tasks from the hub until you have this many to label; 0 turns it off</source>
        <translation>Setiap sinkronisasi memesan tugas dari hub sampai Anda punya sebanyak ini untuk dilabeli; 0 mematikannya</translation>
    </message>
    <message>
        <source>&amp;Tasks kept ready:</source>
        <translation>&amp;Tugas siap sedia:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>Sinkronisasi terbaru:</translation>
    </message>
    <message>
        <source>none (offline only)</source>
        <translation>tidak ada (hanya offline)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <comment>a count and a state: 3 queued</comment>
        <translation>{count} {state}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click for details and Sync now ({shortcut})</source>
        <extracomment>how often "2 min ago" is brought up to date</extracomment>
        <translation>Klik untuk detail dan Sinkronkan sekarang ({shortcut})</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Sinkronisasi: {state}</translation>
    </message>
</context>
<context>
    <name>SyncPopover</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Make tasks available offline…</source>
        <translation>Sediakan tugas secara offline…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detail…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Syncing</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>Menghubungkan ke hub</translation>
    </message>
    <message>
        <source>Signing in with the wallet</source>
        <translation>Masuk dengan dompet</translation>
    </message>
    <message>
        <source>Fetching campaigns</source>
        <translation>Mengambil kampanye</translation>
    </message>
    <message>
        <source>Reserving tasks</source>
        <translation>Memesan tugas</translation>
    </message>
    <message>
        <source>Downloading files</source>
        <translation>Mengunduh file</translation>
    </message>
    <message>
        <source>Uploading collected files</source>
        <translation>Mengunggah file yang dikumpulkan</translation>
    </message>
    <message>
        <source>Sending submissions</source>
        <translation>Mengirim kiriman</translation>
    </message>
    <message>
        <source>Fetching review results</source>
        <translation>Mengambil hasil tinjauan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced with this hub yet</source>
        <translation>Belum pernah sinkron dengan hub ini</translation>
    </message>
    <message>
        <source>Last successful sync: {ago} ({time})</source>
        <translation>Sinkronisasi terakhir yang berhasil: {ago} ({time})</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n akan dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} — {pending}</source>
        <translation>{state} — {pending}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable at {hub} — working offline; %n submission(s) will be sent when it is back.
You can keep labeling and submitting; it syncs by itself when the hub answers.
{last}</source>
        <translation>
            <numerusform>Hub di {hub} tidak dapat dijangkau — bekerja secara offline; %n kiriman akan dikirim saat hub kembali.
Anda bisa terus melabeli dan mengirim; sinkronisasi berjalan sendiri saat hub menjawab.
{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub tidak terjangkau</translation>
    </message>
    <message>
        <source>Unlock to sync</source>
        <translation>Buka kunci untuk sinkronisasi</translation>
    </message>
    <message>
        <source>Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks need your signature. Campaigns and files still download.
{last}</source>
        <translation>Buka kunci dompet untuk sinkronisasi (Ctrl+U): mengirim kiriman dan memesan tugas memerlukan tanda tangan Anda. Kampanye dan file tetap diunduh.
{last}</translation>
    </message>
    <message>
        <source>Wallet locked</source>
        <translation>Dompet terkunci</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sinkronisasi mati</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>Sinkronisasi nonaktif</translation>
    </message>
    <message>
        <source>No hub is set for this profile: the app works offline only.
Start with --hub URL, or import a campaign that names its hub.</source>
        <translation>Profil ini tidak punya hub: aplikasi hanya bekerja offline.
Mulai dengan --hub URL, atau impor kampanye yang menyebut hub-nya.</translation>
    </message>
    <message>
        <source>Syncing…{count}</source>
        <translation>Menyinkronkan…{count}</translation>
    </message>
    <message>
        <source>{problem}
It retries by itself; nothing is lost.
{last}</source>
        <translation>{problem}
Akan dicoba lagi otomatis; tidak ada yang hilang.
{last}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>Sync problem — retrying</source>
        <translation>Masalah sinkronisasi — mencoba lagi</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>Hub menolak sebuah permintaan</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <source>Not syncing with {hub}.
{last}</source>
        <translation>Tidak sinkron dengan {hub}.
{last}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>Disinkronkan {ago}</translation>
    </message>
    <message>
        <source>{state} · {pending}</source>
        <translation>{state} · {pending}</translation>
    </message>
    <message>
        <source>{what} with {hub}.
{last}</source>
        <translation>{what} dengan {hub}.
{last}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Disinkronkan</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Terbaru</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Signed and queued</source>
        <translation>Ditandatangani dan diantrekan</translation>
    </message>
    <message>
        <source>Select a task in the queue to label it here.</source>
        <extracomment>a task was opened (uid) the opened task is drawn (uid), e.g. after its image was decoded the opened task could not be drawn (uid, message) a submission was signed and queued (its id) a short message for the status bar the user wants the Wallet page (to create an account for signing) a task was opened in this pane (the AnnotationPane): its actions go in the menus F6 from inside the editor: the keyboard focus should go back to the queue selects a task in the queue (set by the window); the editor then opens it</extracomment>
        <translation>Pilih tugas di antrean untuk melabelinya di sini.</translation>
    </message>
    <message>
        <source>This kind of task cannot be labeled here yet</source>
        <translation>Jenis tugas ini belum bisa dilabeli di sini</translation>
    </message>
    <message>
        <source>Not submitted yet: {problem}</source>
        <translation>Belum terkirim: {problem}</translation>
    </message>
    <message>
        <source>Not submitted: your draft is kept</source>
        <translation>Tidak terkirim: draf Anda tetap disimpan</translation>
    </message>
    <message>
        <source>Skipped: the task waits at the end of the queue</source>
        <translation>Dilewati: tugas menunggu di akhir antrean</translation>
    </message>
    <message>
        <source>No other task to do in this campaign</source>
        <translation>Tidak ada tugas lain di kampanye ini</translation>
    </message>
    <message>
        <source>This is the first task</source>
        <translation>Ini tugas pertama</translation>
    </message>
    <message>
        <source>A new draft from your last submission: edit it, then submit</source>
        <translation>Draf baru dari kiriman terakhir Anda: edit, lalu kirim</translation>
    </message>
    <message>
        <source>Prediction by {model}</source>
        <translation>Prediksi oleh {model}</translation>
    </message>
    <message>
        <source>Signed and queued. Nothing left to do in this campaign.</source>
        <translation>Ditandatangani dan diantrekan. Tidak ada lagi tugas di kampanye ini.</translation>
    </message>
    <message>
        <source>This task changed on the hub: the model's prediction shown ({model}) no longer applies and was dropped. Check your work before submitting</source>
        <translation>Tugas ini berubah di hub: prediksi model yang ditampilkan ({model}) tidak berlaku lagi dan dibuang. Periksa pekerjaan Anda sebelum mengirim</translation>
    </message>
    <message>
        <source>Not submitted: this kind of task cannot be labeled here yet</source>
        <translation>Tidak terkirim: jenis tugas ini belum bisa dilabeli di sini</translation>
    </message>
    <message>
        <source>Already submitted ({state}): press Label again ({keys}) to change it</source>
        <translation>Sudah dikirim ({state}): tekan Labeli lagi ({keys}) untuk mengubahnya</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Select a task in the queue to see it here.</source>
        <extracomment>the task ``uid`` is fully on screen the task ``uid`` could not be shown; the message is on screen too the default views register on first use: the queue paints before they load</extracomment>
        <translation>Pilih tugas di antrean untuk melihatnya di sini.</translation>
    </message>
    <message>
        <source>Labels: {keys}</source>
        <translation>Label: {keys}</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Tidak ada tugas yang dipilih</translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Kind</source>
        <extracomment>custom data roles what the text filter searches: "#position task-id preview"</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Press a label's key (or click it) to choose it · Enter submits</source>
        <translation>Tekan tombol label (atau klik) untuk memilih · Enter mengirim</translation>
    </message>
    <message>
        <source>Press label keys (or click) to tick and untick · Del clears · Enter submits</source>
        <translation>Tekan tombol label (atau klik) untuk mencentang dan menghapus centang · Del menghapus semua · Enter mengirim</translation>
    </message>
    <message>
        <source>Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a label key · click or Tab to a span to relabel it · Del deletes · Esc clears · F6 span list · Enter accepts a predicted span, else submits</source>
        <translation>Pilih teks (seret, Shift+panah, Ctrl+Shift+panah per kata), lalu tekan tombol label · klik atau Tab ke rentang untuk mengganti labelnya · Del menghapus · Esc mengosongkan · F6 daftar rentang · Enter menerima rentang prediksi, selain itu mengirim</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted</source>
        <translation>Hanya-baca: tugas ini sudah dikirim</translation>
    </message>
    <message>
        <source>Read-only: this task was submitted · Tab and Shift+Tab go through the spans · F6 span list</source>
        <translation>Hanya-baca: tugas ini sudah dikirim · Tab dan Shift+Tab menelusuri rentang · F6 daftar rentang</translation>
    </message>
    <message>
        <source>Spans</source>
        <extracomment>the editor may show the task's instructions itself and turn this off</extracomment>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>Submit (when complete)</source>
        <translation>Kirim (bila lengkap)</translation>
    </message>
    <message>
        <source>Clear the labels</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>Hapus rentang yang dipilih</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>Rentang berikutnya</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Rentang sebelumnya</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Kosongkan pilihan</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>Perluas pilihan satu kata</translation>
    </message>
    <message>
        <source>Extend the selection back by a word</source>
        <translation>Perluas pilihan satu kata ke belakang</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>Perluas pilihan satu karakter</translation>
    </message>
    <message>
        <source>Extend the selection back by a character</source>
        <translation>Perluas pilihan satu karakter ke belakang</translation>
    </message>
    <message>
        <source>Go to the span list and back</source>
        <translation>Ke daftar rentang dan kembali</translation>
    </message>
    <message>
        <source>Label the selection (or the selected span): {label}</source>
        <translation>Beri label pada pilihan (atau rentang yang dipilih): {label}</translation>
    </message>
    <message>
        <source>Tick or untick: {label}</source>
        <translation>Centang atau hapus centang: {label}</translation>
    </message>
    <message>
        <source>Choose: {label}</source>
        <translation>Pilih: {label}</translation>
    </message>
    <message>
        <source>Spans ({count})</source>
        <translation>Rentang ({count})</translation>
    </message>
    <message>
        <source>This task is read-only</source>
        <translation>Tugas ini hanya-baca</translation>
    </message>
    <message>
        <source>Untick {label}</source>
        <translation>Hapus centang {label}</translation>
    </message>
    <message>
        <source>Tick {label}</source>
        <translation>Centang {label}</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Pilih {label}</translation>
    </message>
</context>
<context>
    <name>TextTaskView</name>
    <message numerus="yes">
        <source>Underlined: model prediction ({who}), %n span(s).</source>
        <translation>
            <numerusform>Bergaris bawah: prediksi model ({who}), %n rentang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model prediction ({who}): {labels}</source>
        <translation>Prediksi model ({who}): {labels}</translation>
    </message>
    <message>
        <source>{label} (model prediction)</source>
        <translation>{label} (prediksi model)</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>never</source>
        <extracomment>what is shown for an unknown amount or moment</extracomment>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>%Ln detik lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln jam lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln hari lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln second(s)</source>
        <translation>
            <numerusform>dalam %Ln detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>dalam %Ln menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>dalam %Ln jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dalam %Ln hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Buka kunci dompet</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Unlock to sign submissions. The wallet locks itself again when you are away.</source>
        <translation>Buka kunci untuk menandatangani kiriman. Dompet terkunci sendiri lagi saat Anda pergi.</translation>
    </message>
    <message>
        <source>There is no account to unlock: create or import one first.</source>
        <translation>Tidak ada akun untuk dibuka: buat atau impor akun terlebih dahulu.</translation>
    </message>
    <message>
        <source>Type the password of this account.</source>
        <translation>Ketik kata sandi akun ini.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
</context>
<context>
    <name>UnlockGate</name>
    <message>
        <source>Verdicts are signed with your wallet, and it has no account yet. Create one, or import the account the hub knows as a reviewer, on the Wallet page.</source>
        <extracomment>the verdict was signed and queued (its ReviewRow)</extracomment>
        <translation>Putusan ditandatangani dengan dompet Anda, dan dompet belum punya akun. Buat satu, atau impor akun yang dikenal hub sebagai peninjau, di halaman Dompet.</translation>
    </message>
    <message>
        <source>This is signed with your wallet, and it has no account yet.</source>
        <extracomment>the action did not happen (a message for the user) there is no account to sign with and the user chose to make one the question shown when the wallet has no account at all (marked in the "UnlockGate" context, translated where shown)</extracomment>
        <translation>Ini ditandatangani dengan dompet Anda, dan dompet belum punya akun.</translation>
    </message>
    <message>
        <source>Not signed: create or import an account to sign with.</source>
        <extracomment>reported when the user does not go and make one</extracomment>
        <translation>Tidak ditandatangani: buat atau impor akun untuk menandatangani.</translation>
    </message>
    <message>
        <source>No account to sign with</source>
        <translation>Tidak ada akun untuk menandatangani</translation>
    </message>
    <message>
        <source>Go to the wallet</source>
        <translation>Buka dompet</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>✓ Accept</source>
        <translation>✓ Terima</translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation>✗ Tolak…</translation>
    </message>
    <message>
        <source>✎ Correct</source>
        <translation>✎ Koreksi</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>Tanda tangani koreksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
</context>
<context>
    <name>VerdictLookup</name>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>Corrected, paid</source>
        <translation>Dikoreksi, dibayar</translation>
    </message>
</context>
<context>
    <name>VerdictSigner</name>
    <message>
        <source>Not signed: the wallet is still locked.</source>
        <translation>Tidak ditandatangani: dompet masih terkunci.</translation>
    </message>
    <message>
        <source>Not signed: the wallet locked itself. Try again.</source>
        <translation>Tidak ditandatangani: dompet terkunci sendiri. Coba lagi.</translation>
    </message>
    <message>
        <source>Not signed: the cache could not store it ({error}).</source>
        <translation>Tidak ditandatangani: cache tidak dapat menyimpannya ({error}).</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Accepted with a correction</source>
        <translation>Diterima dengan koreksi</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Ditinjau oleh {reviewer}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ditinjau</translation>
    </message>
    <message>
        <source>The reviewer corrected it to: {labels}.</source>
        <translation>Peninjau mengoreksinya menjadi: {labels}.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>{verdict} (paid)</source>
        <translation>{verdict} (dibayar)</translation>
    </message>
    <message>
        <source>{value} (no overlapping labels yet)</source>
        <translation>{value} (belum ada label yang tumpang tindih)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n comparison(s))</source>
        <translation>
            <numerusform>{value} (%n perbandingan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) are reviewed</source>
        <translation>
            <numerusform>Kesesuaian {agreement} · Akurasi emas: ditampilkan setelah %n jawaban emas ditinjau</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} (no gold answers yet)</source>
        <translation>{value} (belum ada jawaban emas)</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n gold answer(s))</source>
        <translation>
            <numerusform>{value} (%n jawaban emas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement {agreement} · Gold accuracy {gold}</source>
        <translation>Kesesuaian {agreement} · Akurasi emas {gold}</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ditolak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid</source>
        <translation>
            <numerusform>%n dibayar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n corrected)</source>
        <translation>
            <numerusform>(%n dikoreksi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is too low. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Hadiah ditahan: akurasi emas Anda {accuracy} terlalu rendah. Pekerjaan Anda yang diterima tetap ada di buku besar dan dibayar setelah kembali di atas ambang.</translation>
    </message>
    <message>
        <source>Rewards held: your gold accuracy {accuracy} is below the campaign's {threshold}. Your accepted work stays in the ledger and is paid once it is back above.</source>
        <translation>Hadiah ditahan: akurasi emas Anda {accuracy} di bawah {threshold} kampanye ini. Pekerjaan Anda yang diterima tetap ada di buku besar dan dibayar setelah kembali di atasnya.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Recovery words</source>
        <translation>Kata pemulihan</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>File keystore</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Your account signs every submission and receives the rewards. Keys stay on this computer, encrypted with your password.</source>
        <translation>Akun Anda menandatangani setiap kiriman dan menerima imbalan. Kunci tetap di komputer ini, terenkripsi dengan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>No account yet. Create one (you will write down 12 recovery words) or import one you already have.</source>
        <translation>Belum ada akun. Buat akun (Anda akan mencatat 12 kata pemulihan) atau impor akun yang sudah Anda miliki.</translation>
    </message>
    <message>
        <source>Accounts in this profile</source>
        <translation>Akun di profil ini</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>&amp;Buat akun…</translation>
    </message>
    <message>
        <source>&amp;Import account…</source>
        <translation>&amp;Impor akun…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>B&amp;uka kunci…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>&amp;Export keystore file…</source>
        <translation>&amp;Ekspor file keystore…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Salin &amp;alamat</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>There is no account yet: create or import one first.</source>
        <translation>Belum ada akun: buat atau impor akun terlebih dahulu.</translation>
    </message>
    <message>
        <source>Copied {address}</source>
        <translation>{address} disalin</translation>
    </message>
    <message>
        <source>Unlocked: ready to sign</source>
        <translation>Terbuka: siap menandatangani</translation>
    </message>
    <message>
        <source>Locks itself after {time} without activity (or now with Ctrl+L).</source>
        <translation>Terkunci otomatis setelah {time} tanpa aktivitas (atau sekarang dengan Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U) with the account's password to sign submissions.</source>
        <translation>Buka kunci (Ctrl+U) dengan kata sandi akun untuk menandatangani kiriman.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Tidak ada akun</translation>
    </message>
    <message>
        <source>Create or import an account to start earning.</source>
        <translation>Buat atau impor akun untuk mulai mendapat imbalan.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>This image cannot be shown.</source>
        <extracomment>Zoom factors are device pixels per image pixel: 1.0 is "100 %". Decode the full resolution once the shown pixmap is this much coarser than the screen. the zoom factor (device pixels per image pixel) after every change the first pixmap of an image is on screen (full size of the image) the image cannot be shown (message naming the file and the problem) a sharper pixmap was swapped in (its scale: decoded size / full size) "empty", "loading", "ready" or "failed"</extracomment>
        <translation>Gambar ini tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>Memuat {file}…</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <source>the account's password, asked again for a claim</source>
        <translation>kata sandi akun, diminta lagi untuk klaim</translation>
    </message>
    <message>
        <source>Type the account's password to sign the claim.</source>
        <translation>Ketik kata sandi akun untuk menandatangani klaim.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the profile folder: {error}</source>
        <translation>Folder profil tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <source>DataFi Desktop</source>
        <extracomment>set it to measure a cold start: the app quits as soon as the main window is painted</extracomment>
        <translation>DataFi Desktop</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Submit the model's values?</source>
        <translation>Kirim nilai dari model?</translation>
    </message>
    <message>
        <source>Submit as mine</source>
        <translation>Kirim sebagai milik saya</translation>
    </message>
    <message>
        <source>Go back and rate</source>
        <translation>Kembali dan beri nilai</translation>
    </message>
</context>
<context>
    <name>demo_window</name>
    <message>
        <source>DataFi Desktop — Demo (nothing is kept)</source>
        <translation>DataFi Desktop — Demo (tidak ada yang disimpan)</translation>
    </message>
    <message>
        <source>Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.</source>
        <translation>Keluar dari demo? Dompet sementara, token, dan labelnya dihapus saat demo ditutup.</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Keluar dari demo</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>the text pane</source>
        <translation>panel teks</translation>
    </message>
    <message>
        <source>the comparison pane</source>
        <translation>panel perbandingan</translation>
    </message>
    <message>
        <source>the image pane</source>
        <translation>panel gambar</translation>
    </message>
    <message>
        <source>the collection pane</source>
        <translation>panel pengumpulan data</translation>
    </message>
    <message>
        <source>its pane</source>
        <translation>panelnya</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
    <message>
        <source>Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown read-only.</source>
        <translation>Melabeli tugas {kind} memerlukan {pane}, yang {reason}. Tugas ditampilkan hanya-baca.</translation>
    </message>
</context>
<context>
    <name>image_pane</name>
    <message>
        <source>image {hash}</source>
        <translation>gambar {hash}</translation>
    </message>
</context>
<context>
    <name>install_editor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
</context>
<context>
    <name>install_verdicts</name>
    <message>
        <source>Showing the correction by {reviewer}</source>
        <translation>Menampilkan koreksi oleh {reviewer}</translation>
    </message>
    <message>
        <source>Showing your label</source>
        <translation>Menampilkan label Anda</translation>
    </message>
    <message>
        <source>Show the reviewer's &amp;correction</source>
        <translation>Tampilkan koreksi pe&amp;ninjau</translation>
    </message>
    <message>
        <source>Draw the reviewer's corrected label in the pane, or your own again</source>
        <translation>Gambar label yang dikoreksi peninjau di panel, atau label Anda sendiri lagi</translation>
    </message>
    <message>
        <source>This task has no reviewer's correction to show</source>
        <translation>Tugas ini tidak punya koreksi peninjau untuk ditampilkan</translation>
    </message>
</context>
<context>
    <name>password_widgets</name>
    <message>
        <source>Too short</source>
        <translation>Terlalu pendek</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Gunakan minimal {count} karakter.</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries.</source>
        <translation>Kata sandi ini termasuk yang pertama kali dicoba penyerang.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters are easy to guess.</source>
        <translation>Karakter berulang atau berurutan mudah ditebak.</translation>
    </message>
    <message>
        <source>Longer is better: a phrase of four or more unrelated words works well.</source>
        <translation>Lebih panjang lebih baik: frasa dari empat kata atau lebih yang tidak saling berkaitan bekerja dengan baik.</translation>
    </message>
    <message>
        <source>Fair. A few more words or characters make it much harder to guess.</source>
        <translation>Cukup. Beberapa kata atau karakter lagi membuatnya jauh lebih sulit ditebak.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Baik.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Kata sandi salah. Periksa Caps Lock dan tata letak keyboard, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This account is already in the wallet.</source>
        <translation>Akun ini sudah ada di dompet.</translation>
    </message>
    <message>
        <source>That account is not in this wallet any more.</source>
        <translation>Akun itu sudah tidak ada di dompet ini.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>Terjadi kesalahan ({error}); tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>preview_views</name>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <extracomment>Longest text put in a preview; beyond it the view says how much is left out. the task is on screen (task uid) the task could not be shown (task uid, message for the user)</extracomment>
        <translation>Menampilkan {shown} karakter pertama dari {total}.</translation>
    </message>
    <message>
        <source>{model}, score {score}</source>
        <translation>{model}, skor {score}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>not installed yet</source>
        <extracomment>module name → class name, in the order the editor builds them</extracomment>
        <translation>belum terpasang</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>tidak dapat dimuat ({error})</translation>
    </message>
</context>
<context>
    <name>review_summary</name>
    <message>
        <source>A is better</source>
        <translation>A lebih baik</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B lebih baik</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>tanpa label</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>tanpa pilihan</translation>
    </message>
    <message>
        <source>collected item</source>
        <translation>item terkumpul</translation>
    </message>
    <message>
        <source>collected item {file}</source>
        <translation>item terkumpul {file}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>waktu tidak diketahui</translation>
    </message>
</context>
<context>
    <name>span_list</name>
    <message>
        <source>same text as {label}</source>
        <translation>teks sama dengan {label}</translation>
    </message>
    <message>
        <source>inside {label}</source>
        <translation>di dalam {label}</translation>
    </message>
    <message>
        <source>contains {label}</source>
        <translation>berisi {label}</translation>
    </message>
    <message>
        <source>overlaps {label}</source>
        <translation>tumpang tindih dengan {label}</translation>
    </message>
    <message>
        <source>predicted</source>
        <extracomment>e.g. "inside ORG, overlaps PER" (empty when the span stands alone)</extracomment>
        <translation>prediksi</translation>
    </message>
</context>
<context>
    <name>stamp_text</name>
    <message>
        <source>Model's suggestion kept: — (no suggestions shown yet)</source>
        <translation>Saran model dipertahankan: — (belum ada saran yang ditampilkan)</translation>
    </message>
    <message>
        <source>Model's suggestion kept: — (campaign {campaign})</source>
        <translation>Saran model dipertahankan: — (kampanye {campaign})</translation>
    </message>
    <message>
        <source>Flagged: suggestion kept {rate} of {shown} (campaign {campaign})</source>
        <translation>Ditandai: saran dipertahankan {rate} dari {shown} (kampanye {campaign})</translation>
    </message>
    <message>
        <source>Model's suggestion kept: {rate} of {shown} (campaign {campaign})</source>
        <translation>Saran model dipertahankan: {rate} dari {shown} (kampanye {campaign})</translation>
    </message>
    <message>
        <source>How often what you submitted was exactly the model's suggestion you were shown (shapes: overlapping by 95 % or more), beside every annotator of the campaign.</source>
        <translation>Seberapa sering yang Anda kirim persis sama dengan saran model yang ditampilkan kepada Anda (bentuk: tumpang tindih 95 % atau lebih), dibandingkan dengan semua anotator kampanye.</translation>
    </message>
    <message>
        <source>You are flagged at {threshold} or more once at least {count} of your submissions were shown a suggestion.</source>
        <translation>Anda ditandai pada {threshold} atau lebih setelah sedikitnya {count} kiriman Anda disertai saran.</translation>
    </message>
    <message>
        <source>This campaign holds the rewards of flagged annotators for review.</source>
        <translation>Kampanye ini menahan imbalan anotator yang ditandai untuk ditinjau.</translation>
    </message>
    <message>
        <source>Read each suggestion and correct what is wrong before you submit.</source>
        <translation>Baca setiap saran dan perbaiki yang salah sebelum mengirim.</translation>
    </message>
    <message>
        <source>Also held: the model's suggestion kept in {rate} of your submissions (the campaign holds from {threshold}).</source>
        <translation>Juga ditahan: saran model dipertahankan pada {rate} kiriman Anda (kampanye menahan mulai {threshold}).</translation>
    </message>
    <message>
        <source>Rewards held: suggestion kept in {rate} of your submissions (the campaign holds from {threshold}). Your accepted work stays in the ledger and is paid once the rate is below that again.</source>
        <translation>Imbalan ditahan: saran dipertahankan pada {rate} kiriman Anda (kampanye menahan mulai {threshold}). Pekerjaan Anda yang diterima tetap tercatat di buku besar dan dibayar setelah angkanya kembali di bawah itu.</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} j {minutes} mnt</translation>
    </message>
</context>
<context>
    <name>sync_look</name>
    <message>
        <source>Create an account to sync</source>
        <translation>Buat akun untuk sinkronisasi</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Belum ada akun</translation>
    </message>
    <message>
        <source>Create or import an account on the Wallet page (Ctrl+4): sending submissions and reserving tasks need its signature. Campaigns and files still download.</source>
        <translation>Buat atau impor akun di halaman Dompet (Ctrl+4): mengirim kiriman dan memesan tugas memerlukan tanda tangannya. Kampanye dan file tetap diunduh.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>New</source>
        <extracomment>the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11) black and white with a yellow accent and focus ring (Settings: View ▸ High contrast) the badge's (background, text) Pill colours of task states: (background, text). Readable on light and dark. English names of task states and kinds (marked for translation in the context "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`</extracomment>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Short names and icon names of task kinds, for narrow columns and chips.</extracomment>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Poligon</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Kumpulkan</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Klasifikasi teks</translation>
    </message>
    <message>
        <source>Text spans (NER)</source>
        <translation>Rentang teks (NER)</translation>
    </message>
    <message>
        <source>Comparison (A/B)</source>
        <translation>Perbandingan (A/B)</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>Klasifikasi gambar</translation>
    </message>
    <message>
        <source>Bounding boxes</source>
        <translation>Kotak pembatas</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>Pengumpulan data</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Insert vertex</source>
        <translation>Sisipkan titik sudut</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <extracomment>Pointer moves shorter than this (screen pixels) are a click, not a drag. A drawn box narrower or lower than this on screen (pixels) was a click. the undo text of the committed edit</extracomment>
        <translation>Pindahkan poligon</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Pindahkan kotak</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Ubah ukuran kotak</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Pindahkan titik sudut</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Tambah kotak</translation>
    </message>
    <message>
        <source>The new box almost covers box {number} ({label}): a duplicate?</source>
        <translation>Kotak baru hampir menutupi kotak {number} ({label}): duplikat?</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>Tambah poligon</translation>
    </message>
</context>
</TS>
