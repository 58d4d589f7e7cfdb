<#import "levels.ftl" as lv>
1. ${staff.term}は、業務上必要のない情報資産を作成してはならない。
1. 情報資産を作成する${staff.term}は、作成の途中であっても、完成後に予定される分類に応じた取扱いをしなければならない。
1. 情報資産を作成した${staff.term}は、速やかにその分類を定めて表示しなければならない。
1. ${lv.prot}の情報資産を電磁的記録として作成する場合は、${body.self}が管理する情報システム<#if options.cloud>又は${roles.chiefOfficer.title}が利用を認めた外部サービス</#if>を用いなければならない。
