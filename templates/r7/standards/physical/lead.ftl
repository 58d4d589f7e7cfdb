<#-- The lead of the chapter 物理的セキュリティ: the chapter's own text, or its first article in
     the article style (see organisation/lead.ftl). -->
<#macro text here>
情報資産を盗難、破損、不正な操作、災害等から守るため、情報システムの機器、これを設置する場所、通信回線並びに${staff.term}が利用する端末及び電磁的記録媒体について、${here}物理的な対策を講じなければならない。
</#macro>
